import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/participants/assessment-form";
import { BackToCase } from "@/components/participants/back-to-case";
import { PageHeader } from "@/components/ui/page-header";
import { today } from "@/lib/server/clock";
import { getParticipantDetails } from "@/lib/server/participant-case";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { recordAssessmentAction } from "../../../actions";

export const metadata: Metadata = { title: "Gör en individuell bedömning" };

export default async function NewAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/bedomning/ny`);
  const participant = isUuid(id) ? await getParticipantDetails(user, id, "assessment-form") : null;
  if (!participant) notFound();
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <>
      <BackToCase participantId={participant.id} name={name} />
      <PageHeader title="Gör en individuell bedömning">
        Bedöm om arbetsträning fortfarande är den lämpligaste insatsen för {name}. En bedömning behövs före varje ny period.
      </PageHeader>
      <AssessmentForm action={recordAssessmentAction} participantId={participant.id} today={today()} />
    </>
  );
}
