import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommandButton } from "@/components/forms/command-button";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status-badge";
import { HostProposals } from "@/components/proposals/host-proposals";
import { EmptySection, Prose } from "@/components/participants/case-section";
import { Confirmation } from "@/components/ui/confirmation";
import { DataTable } from "@/components/ui/data-table";
import { FOLLOW_UP_STATE, PLACEMENT_STATUS } from "@/lib/domain/vocabulary";
import { isoDay } from "@/lib/format/date";
import { KIND_LABELS, MODE_LABELS, STAGE_LABELS, addDaysIso, providerAccessEnds } from "@/lib/rules";
import { agreementSummary } from "@/lib/server/agreements/read";
import { getProviderPlacement, type ProviderPlacement } from "@/lib/server/provider-placements";
import { hostPlacementProposals } from "@/lib/server/proposals/read-proposals";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { startFollowUpAction } from "../../actions";
import { withdrawProposalAction } from "./forslag/actions";

export const metadata: Metadata = { title: "Placering" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type FollowUpRow = ProviderPlacement["followUps"][number];

function Contact({ person }: { person: { name: string; phone: string | null; email: string | null } | null }) {
  if (!person) return <>Ingen angiven</>;
  return (
    <>
      {person.name}
      {person.phone && (
        <>
          , <a href={`tel:${person.phone.replace(/[^+\d]/g, "")}`} className="underline">{person.phone}</a>
        </>
      )}
      {person.email && (
        <>
          , <a href={`mailto:${person.email}`} className="underline">{person.email}</a>
        </>
      )}
    </>
  );
}

export default async function HostPlacementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewOwnPlacements", `/anordnare/placeringar/${id}`);
  const placement = isUuid(id) ? await getProviderPlacement(user, id) : null;
  if (!placement) notFound();
  const p = placement;
  const proposals = await hostPlacementProposals(user, p.id);
  const agreement = await agreementSummary(p.id, true);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/anordnare" className="underline">
          ← Våra placeringar
        </Link>
      </p>
      <Confirmation code={(await searchParams).klart} />
      <h1 className="text-2xl font-bold">{p.participant.name}</h1>
      <p className="mt-1 text-stone-700">
        {KIND_LABELS[p.kind]} hos {p.provider.name}, period {p.periodNumber}
      </p>

      <div className="mt-4 rounded-lg border border-stone-300 bg-white p-5">
        {p.status === "ACTIVE" && p.consentRefusal ? (
          <p role="status" className="rounded border border-amber-700 bg-amber-50 p-4 text-amber-950">
            {p.consentRefusal}
          </p>
        ) : p.status === "ACTIVE" ? (
          p.draft ? (
            <p className="flex flex-wrap items-center gap-3">
              <span>Ni har en påbörjad uppföljning.</span>
              <Link href={`/anordnare/uppfoljningar/${p.draft.id}`} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
                Fortsätt med uppföljningen
              </Link>
            </p>
          ) : (
            <CommandButton action={startFollowUpAction} values={{ placementId: p.id }} pendingText="Öppnar …">
              Skriv en uppföljning
            </CommandButton>
          )
        ) : (
          <p>
            {p.status === "PLANNED"
              ? `Placeringen börjar ${p.startDate}. Då kan ni skriva uppföljningar.`
              : `Placeringen är avslutad. Ni kan läsa den till och med ${addDaysIso(providerAccessEnds(p.endDate), -1)}, men inte skriva nya uppföljningar.`}
          </p>
        )}
        {p.nextFollowUpDueOn && p.status === "ACTIVE" && !p.consentRefusal && <p className="mt-2 text-sm text-stone-700">Nästa uppföljning senast {isoDay(p.nextFollowUpDueOn)}.</p>}
      </div>

      {agreement && (
        <section aria-labelledby="overenskommelse-rubrik" className="mt-8 max-w-3xl rounded-lg border border-stone-300 bg-white p-5">
          <h2 id="overenskommelse-rubrik" className="mb-3 text-xl font-semibold">
            Överenskommelse
          </h2>
          {agreement.warning && <p className="mb-3 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">{agreement.warning}</p>}
          <p className="flex flex-wrap items-center gap-3">
            <AgreementStatusBadge status={agreement.state.status} />
            {agreement.hostToApprove && <span className="font-medium">Väntar på ert godkännande.</span>}
            <Link href={`/anordnare/placeringar/${p.id}/overenskommelse`} className="font-medium text-brand-800 underline">
              {agreement.hostToApprove ? "Läs och godkänn överenskommelsen" : "Läs överenskommelsen"}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="upplagg-rubrik" className="mt-8">
        <h2 id="upplagg-rubrik" className="mb-3 text-xl font-semibold">
          Upplägg
        </h2>
        <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5">
          <dt className="font-medium">Status</dt>
          <dd>{PLACEMENT_STATUS.labels[p.status]}</dd>
          <dt className="font-medium">Period</dt>
          <dd>
            {p.startDate} – {p.endDate}
          </dd>
          <dt className="font-medium">Omfattning</dt>
          <dd>{p.hoursPerWeek} timmar i veckan</dd>
          <dt className="font-medium">Form</dt>
          <dd>{MODE_LABELS[p.mode]}</dd>
          <dt className="font-medium">Handledare</dt>
          <dd>{p.supervisor ? <Contact person={p.supervisor} /> : "Ingen utsedd"}</dd>
          <dt className="font-medium">Handläggare</dt>
          <dd>
            <Contact person={p.officer} />
          </dd>
        </dl>
      </section>

      <section aria-labelledby="mal-rubrik" className="mt-8 grid gap-4 md:grid-cols-2">
        <h2 id="mal-rubrik" className="sr-only">
          Mål och arbetsuppgifter
        </h2>
        <div className="rounded-lg border border-stone-300 bg-white p-5">
          <h3 className="mb-2 font-semibold">Mål</h3>
          <Prose>{p.goals}</Prose>
        </div>
        <div className="rounded-lg border border-stone-300 bg-white p-5">
          <h3 className="mb-2 font-semibold">Arbetsuppgifter</h3>
          <Prose>{p.tasks}</Prose>
        </div>
      </section>

      <section aria-labelledby="uppfoljningar-rubrik" className="mt-8">
        <h2 id="uppfoljningar-rubrik" className="mb-3 text-xl font-semibold">
          Uppföljningar
        </h2>
        {p.followUps.length === 0 ? (
          <EmptySection>Ingen uppföljning är skriven ännu.</EmptySection>
        ) : (
          <DataTable<FollowUpRow>
            caption="Uppföljningar av placeringen, senaste först"
            rows={p.followUps}
            rowKey={(f) => f.id}
            columns={[
              {
                header: "Datum",
                cell: (f) => (
                  <Link href={`/anordnare/uppfoljningar/${f.id}`} className="font-medium text-brand-800 underline">
                    {isoDay(f.date)}
                  </Link>
                ),
                nowrap: true,
              },
              { header: "Status", cell: (f) => `${FOLLOW_UP_STATE.labels[f.status]}${f.replacesId ? " (rättelse)" : ""}` },
              { header: "Föreslaget steg", cell: (f) => (f.proposedStage ? STAGE_LABELS[f.proposedStage] : "Inget förslag") },
              { header: "Oro", cell: (f) => (f.hasConcern || f.remoteConcern ? "Ja" : "Nej") },
              { header: "Skriven av", cell: (f) => f.author.name },
            ]}
          />
        )}
      </section>
      {proposals && (
        <div className="mt-8">
          <HostProposals placementId={p.id} kinds={proposals.kinds} proposals={proposals.proposals} withdraw={withdrawProposalAction} />
        </div>
      )}
    </>
  );
}
