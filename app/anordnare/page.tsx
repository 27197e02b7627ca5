import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { FollowUpBadge } from "@/components/placements/follow-up-badge";
import { isoDay } from "@/lib/format/date";
import { KIND_LABELS, MODE_LABELS, followUpStatus, nextFollowUpDue } from "@/lib/rules";
import { today } from "@/lib/server/clock";
import { listProviderPlacements } from "@/lib/server/provider-placements";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Våra placeringar" };

export default async function ProviderPlacementsPage() {
  const user = await requirePolicy("viewOwnPlacements", "/anordnare");
  const day = today();
  const placements = (await listProviderPlacements(user)).map((p) => {
    const cadence = {
      startDate: isoDay(p.startDate),
      decisionDate: isoDay(p.decisionDate),
      kind: p.kind,
      mode: p.mode,
      lastFollowUpDate: p.followUps[0] ? isoDay(p.followUps[0].date) : null,
    };
    return { ...p, due: nextFollowUpDue(cadence), followUp: followUpStatus({ ...cadence, today: day }) };
  });
  // The follow-up due first, overdue ones included, comes first: that is what the host has to act on.
  placements.sort((a, b) => a.due.localeCompare(b.due));
  type Row = (typeof placements)[number];
  return (
    <>
      <PageHeader title="Våra placeringar">Deltagare som gör arbetsträning hos er just nu eller snart, och när nästa uppföljning ska göras.</PageHeader>
      {placements.length === 0 ? (
        <EmptyState title="Ni har inga pågående placeringar">
          När en handläggare placerar en deltagare hos er visas placeringen här. Frågor om nya placeringar tar ni med er kontakt på Arbetsförmedlingen eller kommunen.
        </EmptyState>
      ) : (
        <DataTable<Row>
          caption="Våra placeringar"
          rows={placements}
          rowKey={(p) => p.id}
          columns={[
            { header: "Deltagare", cell: (p) => p.participant.name },
            { header: "Placering", cell: (p) => `${KIND_LABELS[p.kind]}, ${MODE_LABELS[p.mode].toLowerCase()}` },
            { header: "Period", cell: (p) => `${isoDay(p.startDate)} – ${isoDay(p.plannedEndDate)}`, nowrap: true },
            { header: "Handledare", cell: (p) => p.supervisor?.name ?? "Ingen utsedd" },
            { header: "Nästa uppföljning", cell: (p) => <FollowUpBadge status={p.followUp} due={p.due} />, nowrap: true },
          ]}
        />
      )}
    </>
  );
}
