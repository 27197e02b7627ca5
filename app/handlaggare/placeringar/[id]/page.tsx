import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status-badge";
import { PlacementHistory } from "@/components/placements/placement-history";
import { PlacementStatusBadge } from "@/components/placements/placement-status-badge";
import { PlacementStatements } from "@/components/participant-statements/participant-statements";
import { ProposalList } from "@/components/proposals/proposal-list";
import { Confirmation } from "@/components/ui/confirmation";
import { PageHeader } from "@/components/ui/page-header";
import { changeRefusal, type PlacementChange } from "@/lib/domain/placement-changes";
import { END_REASON, OUTCOME_KIND } from "@/lib/domain/vocabulary";
import { programmeLabel } from "@/lib/format/labels";
import { maskPersonalNumber } from "@/lib/format/personal-number";
import { AIO_REASON_LABELS, KIND_LABELS, MODE_LABELS, placementStatusOn } from "@/lib/rules";
import { today } from "@/lib/server/clock";
import type { PlacementView } from "@/lib/server/placements/get-placement";
import { placementStatementsForStaff } from "@/lib/server/participant-statements";
import { placementProposals } from "@/lib/server/proposals/read-proposals";
import { agreementSummary } from "@/lib/server/agreements/read";
import { requirePolicy } from "@/lib/server/session";
import { placementForPage } from "../placement-for-page";

export const metadata: Metadata = { title: "Placering" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

const CHANGES: { change: PlacementChange; path: string; label: string }[] = [
  { change: "extend", path: "forlang", label: "Förläng" },
  { change: "shorten", path: "forkorta", label: "Förkorta" },
  { change: "end", path: "avsluta", label: "Avsluta" },
  { change: "cancel", path: "makulera", label: "Makulera" },
];

const ACTION_LINK = "inline-block rounded border border-brand-800 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

export default async function PlacementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const placement = await placementForPage(id, `/handlaggare/placeringar/${id}`);
  const user = await requirePolicy("viewCaseload", `/handlaggare/placeringar/${id}`);
  const proposals = await placementProposals(user, placement.id);
  const statements = await placementStatementsForStaff(user, placement.id);
  const { klart } = await searchParams;
  const agreement = await agreementSummary(placement.id, false);
  const now = today();
  const { participant } = placement;
  const status = placementStatusOn(placement.status, placement.startDate, placement.actualEndDate ?? placement.plannedEndDate, now);
  // A withdrawn consent stops an extension (lib/rules' consentRefusal): the notice below says so instead.
  const changes = CHANGES.filter(({ change }) => changeRefusal(placement, change) === null && !(change === "extend" && placement.consentRefusal.extend));
  const mayFollow = placement.status !== "CANCELLED" && !placement.nextPlacement;
  const awaitingEnd = status === "ENDED" && changeRefusal(placement, "end") === null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/deltagare/${participant.id}`} className="underline">
          ← {participant.firstName} {participant.lastName}
        </Link>
      </p>
      <Confirmation code={klart} />
      <PageHeader title={`${KIND_LABELS[placement.kind]} hos ${placement.provider.name}`}>
        <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Link href={`/handlaggare/deltagare/${participant.id}`} className="underline">
            {participant.firstName} {participant.lastName}
          </Link>
          <span>{maskPersonalNumber(participant.personalIdentityNumber)}</span>
          <span>Period {placement.periodNumber}</span>
          <PlacementStatusBadge status={status} />
        </span>
      </PageHeader>

      {awaitingEnd && (
        <p className="mb-6 max-w-3xl rounded border border-amber-700 bg-amber-50 p-4 text-amber-950">
          Det planerade slutdatumet {placement.plannedEndDate} har passerat. Avsluta placeringen med skäl och resultat, eller förläng den om den fortsätter.
        </p>
      )}

      {placement.consentRefusal.extend && changeRefusal(placement, "extend") === null && (
        <p className="mb-6 max-w-3xl rounded border border-amber-700 bg-amber-50 p-4 text-amber-950">{placement.consentRefusal.extend}</p>
      )}

      {(changes.length > 0 || mayFollow) && (
        <nav aria-label="Ändra placeringen" className="mb-8">
          <ul className="flex flex-wrap gap-3">
            {changes.map(({ path, label }) => (
              <li key={path}>
                <Link href={`/handlaggare/placeringar/${placement.id}/${path}`} className={ACTION_LINK}>
                  {label}
                </Link>
              </li>
            ))}
            {mayFollow && (
              <li>
                <Link href={`/handlaggare/deltagare/${participant.id}/placering/ny?foregaende=${placement.id}`} className={ACTION_LINK}>
                  Registrera ny period
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}

      <div className="grid max-w-5xl gap-8">
        <Section id="uppgifter" title="Uppgifter">
          <Facts placement={placement} />
        </Section>
        <section aria-labelledby="overenskommelse" className="rounded-lg border border-stone-300 bg-white p-5">
          <h2 id="overenskommelse" className="mb-3 text-xl font-semibold">
            Överenskommelse
          </h2>
          {agreement?.warning && <p className="mb-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">{agreement.warning}</p>}
          <p className="flex flex-wrap items-center gap-3">
            {agreement ? <AgreementStatusBadge status={agreement.state.status} /> : <span>Ingen överenskommelse är skriven ännu.</span>}
            <Link href={`/handlaggare/placeringar/${placement.id}/overenskommelse`} className={ACTION_LINK}>
              {agreement ? "Öppna överenskommelsen" : "Skriv överenskommelsen"}
            </Link>
          </p>
        </section>
        <Section id="mal" title="Mål och arbetsuppgifter">
          <dl className="space-y-4">
            <div>
              <dt className="font-medium">Mål</dt>
              <dd className="whitespace-pre-line">{placement.goals}</dd>
            </div>
            <div>
              <dt className="font-medium">Arbetsuppgifter</dt>
              <dd className="whitespace-pre-line">{placement.tasks}</dd>
            </div>
          </dl>
        </Section>
        <section aria-labelledby="forslag">
          <h2 id="forslag" className="mb-3 text-xl font-semibold">
            Förslag från anordnaren
          </h2>
          <ProposalList
            proposals={proposals}
            empty="Anordnaren har inte föreslagit några ändringar."
            action={(p) => (
              <Link href={`/handlaggare/forslag/${p.id}`} className={ACTION_LINK}>
                Svara på förslaget
              </Link>
            )}
          />
        </section>
        <Section id="deltagarens-ord" title="Deltagarens egen bild och svar">
          <PlacementStatements statements={statements} followUpHref={(followUpId) => `/handlaggare/uppfoljningar/${followUpId}`} />
        </Section>
        {placement.outcome && (
          <Section id="resultat" title="Resultat">
            <Outcome outcome={placement.outcome} />
          </Section>
        )}
        <section aria-labelledby="historik">
          <h2 id="historik" className="mb-3 text-xl font-semibold">
            Historik
          </h2>
          <PlacementHistory events={placement.events} />
        </section>
      </div>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-300 bg-white p-5">
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One term and its description; nothing when there is nothing to say. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt className="font-medium">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </>
  );
}

function Facts({ placement }: { placement: PlacementView }) {
  const { supervisor, previousPlacement: previous, nextPlacement: next } = placement;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,15rem)_1fr]">
      <Fact term="Program">{programmeLabel(placement.programme)}</Fact>
      <Fact term="Insats">{KIND_LABELS[placement.kind]}</Fact>
      <Fact term="Form">{MODE_LABELS[placement.mode]}</Fact>
      <Fact term="Anordnare">{placement.provider.name}</Fact>
      <Fact term="Handledare">
        {supervisor && [supervisor.name, supervisor.title, supervisor.phone, supervisor.email].filter(Boolean).join(", ")}
      </Fact>
      <Fact term="Beslutsdatum">{placement.decidedBy ? `${placement.decisionDate}, av ${placement.decidedBy.name}` : placement.decisionDate}</Fact>
      <Fact term="Startdatum">{placement.startDate}</Fact>
      <Fact term="Planerat slutdatum">{placement.plannedEndDate}</Fact>
      <Fact term="Sista dagen">{placement.actualEndDate}</Fact>
      <Fact term="Period">
        {placement.periodNumber}
        {previous && (
          <>
            {" · "}
            <Link href={`/handlaggare/placeringar/${previous.id}`} className="underline">
              Föregående period ({previous.startDate}–{previous.endDate})
            </Link>
          </>
        )}
        {next && (
          <>
            {" · "}
            <Link href={`/handlaggare/placeringar/${next.id}`} className="underline">
              Nästa period ({next.startDate}–{next.endDate})
            </Link>
          </>
        )}
      </Fact>
      <Fact term="Timmar per vecka">{placement.hoursPerWeek}</Fact>
      <Fact term="Varför inte Arbetsintegrerande övningsplatser">{placement.aioReason && AIO_REASON_LABELS[placement.aioReason]}</Fact>
      <Fact term="Skäl till efterregistrering">{placement.lateRegistrationReason}</Fact>
      <Fact term="Skäl att gå över anordnarens antal platser">{placement.capacityOverrideReason}</Fact>
      {placement.status === "CANCELLED" ? (
        <Fact term="Anledning till makulering">{placement.endReason}</Fact>
      ) : (
        <Fact term="Skäl till avslut">
          {placement.endReasonCode && [END_REASON.labels[placement.endReasonCode], placement.endReason].filter(Boolean).join(": ")}
        </Fact>
      )}
    </dl>
  );
}

function Outcome({ outcome }: { outcome: NonNullable<PlacementView["outcome"]> }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,15rem)_1fr]">
      <Fact term="Ledde till">{OUTCOME_KIND.labels[outcome.kind]}</Fact>
      <Fact term="Datum">{outcome.date}</Fact>
      <Fact term="Anledning till avbrottet">{outcome.interruptReason}</Fact>
      <Fact term="Anteckningar">{outcome.notes}</Fact>
      <Fact term="Registrerat av">{outcome.recordedBy.name}</Fact>
    </dl>
  );
}
