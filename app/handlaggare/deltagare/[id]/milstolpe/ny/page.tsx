import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackToCase } from "@/components/participants/back-to-case";
import { MilestoneForm } from "@/components/participants/milestone-form";
import { PageHeader } from "@/components/ui/page-header";
import { today } from "@/lib/server/clock";
import { getParticipantDetails } from "@/lib/server/participant-case";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { recordMilestoneAction } from "../../../actions";

export const metadata: Metadata = { title: "Lägg till milstolpe" };

export default async function NewMilestonePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/milstolpe/ny`);
  const participant = isUuid(id) ? await getParticipantDetails(user, id, "milestone-form") : null;
  if (!participant) notFound();
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <>
      <BackToCase participantId={participant.id} name={name} />
      <PageHeader title="Lägg till milstolpe">Ett steg på vägen mot arbete för {name}: CV, personligt brev, kontakt med arbetsgivare, intervju eller nästa steg.</PageHeader>
      <MilestoneForm action={recordMilestoneAction} participantId={participant.id} today={today()} />
    </>
  );
}
