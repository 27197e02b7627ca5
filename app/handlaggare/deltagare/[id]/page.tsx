import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionPlanSection, AssessmentSection, FollowUpSection, MilestoneSection, OutcomeSection, PlacementSection, StageSection } from "@/components/participants/case-sections";
import { ConsentWithdrawnNotice } from "@/components/participants/consent-withdrawn-notice";
import { Confirmation } from "@/components/ui/confirmation";
import { municipalityName } from "@/lib/domain/municipalities";
import { COMPENSATION, GENDER } from "@/lib/domain/vocabulary";
import { programmeLabel } from "@/lib/format/labels";
import { STAGE_LABELS } from "@/lib/rules";
import { today } from "@/lib/server/clock";
import { getParticipantCase, type ParticipantCase } from "@/lib/server/participant-case";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Deltagare" };

/** The query that asks for the whole personnummer; the read that honours it is audited before the number is shown. */
const REVEAL = { name: "visa", value: "personnummer" } as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ParticipantPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}`);
  const participant = isUuid(id) ? await getParticipantCase(user, id, { revealPersonalNumber: query[REVEAL.name] === REVEAL.value }) : null;
  if (!participant) notFound();
  const base = `/handlaggare/deltagare/${participant.id}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/handlaggare" className="underline">
          ← Mina deltagare
        </Link>
      </p>
      <Confirmation code={query.klart} />
      <CaseHeader participant={participant} base={base} />
      <StageSection stageHistory={participant.stageHistory} currentStage={participant.currentStage} />
      <PlacementSection participantId={participant.id} placements={participant.placements} assessed={participant.assessments.length > 0} today={today()} />
      <AssessmentSection participantId={participant.id} assessments={participant.assessments} />
      <FollowUpSection followUps={participant.followUps} />
      <ActionPlanSection participantId={participant.id} actionPlan={participant.actionPlan} />
      <MilestoneSection participantId={participant.id} milestones={participant.milestones} />
      <OutcomeSection outcomes={participant.outcomes} />
    </>
  );
}

function CaseHeader({ participant: p, base }: { participant: ParticipantCase; base: string }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold">
        {p.firstName} {p.lastName}
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-700">
        <span>Ärende {p.caseNumber}</span>
        {p.protectedIdentity && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-sm font-semibold text-amber-900">Skyddad identitet</span>}
        {p.consentWithdrawal && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-sm font-semibold text-amber-900">Samtycke återkallat {p.consentWithdrawal.withdrawnOn}</span>
        )}
      </p>
      {p.consentWithdrawal && <ConsentWithdrawnNotice withdrawal={p.consentWithdrawal} />}
      <dl className="mt-4 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5">
        <dt className="font-medium">{p.isCoordinationNumber ? "Samordningsnummer" : "Personnummer"}</dt>
        <dd className="flex flex-wrap items-center gap-3">
          <span className="font-mono" data-testid="personnummer">
            {p.personalNumber}
          </span>
          {p.personalNumberRevealed ? (
            <Link href={base} className="text-sm underline">
              Dölj numret
            </Link>
          ) : (
            // A plain GET form: one click, no script needed, and the page read that honours it writes the audit event.
            <form action={base} method="get">
              <input type="hidden" name={REVEAL.name} value={REVEAL.value} />
              <button type="submit" className="rounded border border-brand-800 px-2 py-0.5 text-sm font-semibold text-brand-900 hover:bg-brand-50">
                Visa hela personnumret
              </button>
            </form>
          )}
        </dd>
        <dt className="font-medium">Program</dt>
        <dd>{programmeLabel(p.programme)}</dd>
        <dt className="font-medium">Steg</dt>
        <dd>{STAGE_LABELS[p.currentStage]}</dd>
        <dt className="font-medium">Ansvarig handläggare</dt>
        <dd>{p.responsibleOfficer?.name ?? "Ingen"}</dd>
        <dt className="font-medium">Enhet</dt>
        <dd>{p.unit.name}</dd>
        <dt className="font-medium">Kön</dt>
        <dd>{GENDER.labels[p.gender]}</dd>
        <dt className="font-medium">Folkbokförd i</dt>
        <dd>{municipalityName(p.municipalityCode)}</dd>
        <dt className="font-medium">Ersättning</dt>
        <dd>{p.compensation ? COMPENSATION.labels[p.compensation] : "Ej angiven"}</dd>
      </dl>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link href={`${base}/andra`} className="font-semibold underline">
          Ändra uppgifter
        </Link>
        <Link href={`${base}/flytta`} className="font-semibold underline">
          Flytta till en annan handläggare
        </Link>
      </p>
      <nav aria-label="Deltagarens rättigheter" className="mt-2 flex flex-wrap gap-4 text-sm">
        <Link href={`${base}/registerutdrag`} className="underline">
          Registerutdrag
        </Link>
        <Link href={`${base}/atkomstlogg`} className="underline">
          Utdrag ur åtkomstloggen
        </Link>
        <Link href={`${base}/samtycke`} className="underline">
          Registrera återkallat samtycke
        </Link>
        <Link href={`${base}/inloggning`} className="underline">
          Deltagarens inloggning (Mina sidor)
        </Link>
      </nav>
    </div>
  );
}
