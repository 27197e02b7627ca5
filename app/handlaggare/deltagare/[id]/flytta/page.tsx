import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackToCase } from "@/components/participants/back-to-case";
import { TransferForm } from "@/components/participants/transfer-form";
import { PageHeader } from "@/components/ui/page-header";
import { getParticipantDetails } from "@/lib/server/participant-case";
import { transferTargets } from "@/lib/server/participants";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { transferParticipantAction } from "../../actions";

export const metadata: Metadata = { title: "Flytta deltagaren" };

export default async function TransferParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/flytta`);
  const participant = isUuid(id) ? await getParticipantDetails(user, id, "participant-transfer") : null;
  if (!participant) notFound();
  const officers = await transferTargets(user, participant.responsibleOfficerId);
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <>
      <BackToCase participantId={participant.id} name={name} />
      <PageHeader title="Flytta deltagaren">
        Lämna över {name} till en annan handläggare. I dag är {participant.responsibleOfficer?.name ?? "ingen"} ansvarig, på {participant.unit.name}.
      </PageHeader>
      <TransferForm action={transferParticipantAction} participantId={participant.id} version={participant.version} officers={officers} />
    </>
  );
}
