import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WithdrawConsentForm } from "@/components/data-protection/withdraw-consent-form";
import { BackToCase } from "@/components/participants/back-to-case";
import { PageHeader } from "@/components/ui/page-header";
import { isoDay } from "@/lib/format/date";
import { today } from "@/lib/server/clock";
import { getParticipantDetails } from "@/lib/server/participant-case";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { withdrawConsentAction } from "../../actions";

export const metadata: Metadata = { title: "Återkallat samtycke" };

export default async function WithdrawConsentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/samtycke`);
  const participant = isUuid(id) ? await getParticipantDetails(user, id, "consent-form") : null;
  if (!participant) notFound();
  const name = `${participant.firstName} ${participant.lastName}`;
  return (
    <>
      <BackToCase participantId={participant.id} name={name} />
      <PageHeader title="Registrera att deltagaren har återkallat sitt samtycke">
        <p>
          {participant.consentDate ? `Samtycke lämnades ${isoDay(participant.consentDate)}.` : "Inget datum för samtycke är registrerat."}
          {participant.consentWithdrawnOn && ` Samtycket är redan registrerat som återkallat ${isoDay(participant.consentWithdrawnOn)}; du kan ändra datumet.`}
        </p>
        <p className="mt-2">
          När samtycket är återkallat går det inte att registrera en ny placering, förlänga en placering eller flytta dess startdatum, och anordnaren kan
          inte skriva nya uppföljningar eller föreslå förlängningar. Anordnaren ser att samtycket är återkallat. En placering som pågår fortsätter tills
          du förkortar, avslutar eller makulerar den. Ger deltagaren nytt samtycke anger du det datumet under Ändra uppgifter. Ändringen loggas.
        </p>
      </PageHeader>
      <WithdrawConsentForm action={withdrawConsentAction} participantId={participant.id} version={participant.version} today={today()} />
    </>
  );
}
