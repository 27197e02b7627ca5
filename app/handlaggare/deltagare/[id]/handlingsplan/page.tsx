import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionPlanForm } from "@/components/participants/action-plan-form";
import { BackToCase } from "@/components/participants/back-to-case";
import { PageHeader } from "@/components/ui/page-header";
import { getActionPlanForEdit } from "@/lib/server/action-plans";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { saveActionPlanAction } from "../../actions";

export const metadata: Metadata = { title: "Handlingsplan" };

export default async function ActionPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/handlingsplan`);
  const participant = isUuid(id) ? await getActionPlanForEdit(user, id) : null;
  if (!participant) notFound();
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <>
      <BackToCase participantId={participant.id} name={name} />
      <PageHeader title={participant.actionPlan ? "Ändra handlingsplanen" : "Skriv en handlingsplan"}>
        Handlingsplanen för {name} är ett levande dokument genom hela insatsen. Ta fram den tillsammans med deltagaren.
      </PageHeader>
      <ActionPlanForm action={saveActionPlanAction} participantId={participant.id} plan={participant.actionPlan} />
    </>
  );
}
