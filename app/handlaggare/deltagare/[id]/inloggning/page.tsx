import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommandButton } from "@/components/forms/command-button";
import { BackToCase } from "@/components/participants/back-to-case";
import { Confirmation } from "@/components/ui/confirmation";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { formatParticipantCode, PARTICIPANT_CODE_HOURS } from "@/lib/domain/participant-code";
import { newParticipantCode } from "@/lib/server/participant-access/code";
import { participantAccessFor } from "@/lib/server/participant-access/officer";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { endParticipantAccessAction, issueParticipantCodeAction } from "./actions";

export const metadata: Metadata = { title: "Deltagarens inloggning" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

/**
 * The officer opens the participant's own view (issue 18): the page draws a code and shows it; it starts to
 * work when the officer activates it, and only its hash is stored (like an API key, ADR participant-sign-in).
 */
export default async function ParticipantSignInPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/inloggning`);
  const access = isUuid(id) ? await participantAccessFor(user, id) : null;
  if (!access) notFound();
  const code = newParticipantCode();
  const { participant } = access;
  const { klart } = await searchParams;
  const justActivated = klart === "deltagarkod-aktiverad";
  return (
    <>
      <BackToCase participantId={participant.id} name={participant.name} />
      <Confirmation code={klart} />
      <PageHeader title={`Inloggning för ${participant.name}`}>
        Deltagaren kan se sin egen arbetsträning i Stegvis: steg, placeringar, handlingsplan, uppföljningar och vem som har läst om hen. Hen loggar in med sitt
        personnummer och en kod som du ger hen, helst när ni ses.
      </PageHeader>
      <div className="max-w-2xl space-y-6">
        <section aria-labelledby="lage" className="rounded-lg border border-stone-300 bg-white p-5">
          <h2 id="lage" className="mb-2 text-lg font-semibold">
            Läge
          </h2>
          <p>{access.active ? "Deltagaren har en inloggning." : "Deltagaren har ingen inloggning än, eller så är den stängd."}</p>
          <p>{access.lastSignInAt ? `Senast inloggad ${formatDateTime(access.lastSignInAt)}.` : "Deltagaren har inte loggat in än."}</p>
          {access.openCodeExpiresAt && <p>En kod som inte är använd gäller till {formatDateTime(access.openCodeExpiresAt)}. En ny kod ersätter den.</p>}
        </section>
        <section aria-labelledby="ny-kod" className="rounded-lg border border-stone-300 bg-white p-5">
          <h2 id="ny-kod" className="mb-2 text-lg font-semibold">
            Ny kod
          </h2>
          {justActivated ? (
            // The code just activated was shown before the click; a new one drawn now would not be it.
            <p>
              Koden du just aktiverade gäller nu.{" "}
              <Link href={`/handlaggare/deltagare/${participant.id}/inloggning`} className="font-medium text-brand-800 underline">
                Ta fram en ny kod
              </Link>{" "}
              om deltagaren behöver en till.
            </p>
          ) : (
            <>
              <p>Ge deltagaren den här koden. Den börjar gälla när du trycker på knappen. Den gäller i {PARTICIPANT_CODE_HOURS} timmar och för en inloggning.</p>
              <p className="my-4 font-mono text-3xl font-bold tracking-widest" aria-label={`Koden: ${[...code].join(" ")}`}>
                {formatParticipantCode(code)}
              </p>
              <CommandButton action={issueParticipantCodeAction} values={{ participantId: participant.id, code }}>
                Aktivera koden
              </CommandButton>
            </>
          )}
        </section>
        {access.active && (
          <section aria-labelledby="stang" className="rounded-lg border border-stone-300 bg-white p-5">
            <h2 id="stang" className="mb-2 text-lg font-semibold">
              Stäng inloggningen
            </h2>
            <p className="mb-3">Deltagaren loggas ut direkt, och koder som inte är använda slutar gälla.</p>
            <CommandButton action={endParticipantAccessAction} values={{ participantId: participant.id }}>
              Stäng deltagarens inloggning
            </CommandButton>
          </section>
        )}
      </div>
    </>
  );
}
