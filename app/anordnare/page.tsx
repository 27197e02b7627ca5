import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { FollowUpBadge } from "@/components/placements/follow-up-badge";
import { KIND_LABELS, MODE_LABELS, PROVIDER_READ_DAYS_AFTER_END } from "@/lib/rules";
import { listProviderPlacements, type ProviderPlacementRow } from "@/lib/server/provider-placements";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Våra placeringar" };

const daysLeftText = (days: number) => (days < 0 ? "Slutade" : days === 0 ? "Sista dagen i dag" : `${days} ${days === 1 ? "dag" : "dagar"}`);

const participantLink = (p: ProviderPlacementRow) => (
  <Link href={`/anordnare/placeringar/${p.id}`} className="font-medium text-brand-800 underline">
    {p.participant.name}
  </Link>
);

export default async function ProviderPlacementsPage() {
  const user = await requirePolicy("viewOwnPlacements", "/anordnare");
  const { current, ended } = await listProviderPlacements(user);
  return (
    <>
      <PageHeader title="Våra placeringar">Deltagare som gör arbetsträning hos er just nu eller snart. Den uppföljning som ska göras först står överst.</PageHeader>
      {current.length === 0 ? (
        <EmptyState title="Ni har inga pågående placeringar">
          När en handläggare placerar en deltagare hos er visas placeringen här. Frågor om nya placeringar tar ni med er kontakt på Arbetsförmedlingen eller kommunen.
        </EmptyState>
      ) : (
        <DataTable<ProviderPlacementRow>
          caption="Pågående och planerade placeringar, den uppföljning som ska göras först överst"
          rows={current}
          rowKey={(p) => p.id}
          columns={[
            { header: "Deltagare", cell: participantLink },
            { header: "Nästa uppföljning", cell: (p) => (p.followUp && p.due ? <FollowUpBadge status={p.followUp} due={p.due} /> : "Ingen planerad"), nowrap: true },
            { header: "Placering", cell: (p) => `${KIND_LABELS[p.kind]}, ${MODE_LABELS[p.mode].toLowerCase()}` },
            { header: "Handledare", cell: (p) => p.supervisorName ?? "Ingen utsedd" },
            { header: "Period", cell: (p) => `${p.startDate} – ${p.endDate}`, nowrap: true },
            { header: "Dagar kvar", cell: (p) => daysLeftText(p.daysLeft), nowrap: true },
          ]}
        />
      )}
      {ended.length > 0 && (
        <section aria-labelledby="avslutade-rubrik" className="mt-10">
          <h2 id="avslutade-rubrik" className="mb-1 text-xl font-semibold">
            Nyligen avslutade
          </h2>
          <p className="mb-3 text-stone-700">Ni kan läsa en avslutad placering i {PROVIDER_READ_DAYS_AFTER_END} dagar efter sista dagen.</p>
          <DataTable<ProviderPlacementRow>
            caption="Placeringar som har avslutats de senaste dagarna"
            rows={ended}
            rowKey={(p) => p.id}
            columns={[
              { header: "Deltagare", cell: participantLink },
              { header: "Placering", cell: (p) => `${KIND_LABELS[p.kind]}, ${MODE_LABELS[p.mode].toLowerCase()}` },
              { header: "Period", cell: (p) => `${p.startDate} – ${p.endDate}`, nowrap: true },
            ]}
          />
        </section>
      )}
    </>
  );
}
