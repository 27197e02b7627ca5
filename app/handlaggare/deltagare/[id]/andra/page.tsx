import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackToCase } from "@/components/participants/back-to-case";
import { ParticipantForm } from "@/components/participants/participant-form";
import { PageHeader } from "@/components/ui/page-header";
import { isoDay } from "@/lib/format/date";
import { getParticipantDetails } from "@/lib/server/participant-case";
import { programmeOptions } from "@/lib/server/programmes";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { updateParticipantAction } from "../../actions";

export const metadata: Metadata = { title: "Ändra uppgifter om deltagaren" };

export default async function EditParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/andra`);
  const participant = isUuid(id) ? await getParticipantDetails(user, id, "participant-edit") : null;
  if (!participant) notFound();
  const programmes = await programmeOptions();
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <>
      <BackToCase participantId={participant.id} name={name} />
      <PageHeader title="Ändra uppgifter om deltagaren">
        Personnumret ({participant.personalNumber}) går inte att ändra, eftersom det är det som identifierar deltagaren. Övriga uppgifter rättar
        du här.
      </PageHeader>
      <ParticipantForm
        action={updateParticipantAction}
        programmes={programmes}
        editing={{ participantId: participant.id, version: participant.version }}
        defaults={{
          firstName: participant.firstName,
          lastName: participant.lastName,
          gender: participant.gender,
          municipalityCode: participant.municipalityCode,
          programme: participant.programme,
          jobCompensableDays: participant.jobCompensableDays ?? undefined,
          compensation: participant.compensation ?? undefined,
          consentDate: participant.consentDate ? isoDay(participant.consentDate) : undefined,
          protectedIdentity: participant.protectedIdentity,
        }}
      />
    </>
  );
}
