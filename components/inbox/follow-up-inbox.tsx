import Link from "next/link";
import { EmptySection } from "@/components/participants/case-section";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime, isoDay } from "@/lib/format/date";
import { MODE_LABELS, STAGE_LABELS, stageDirection } from "@/lib/rules";
import type { FollowUpToReview } from "@/lib/server/inbox/follow-ups";

/** The inbox's list of follow-ups to review, oldest first; one section of the inbox page. */
export function FollowUpInbox({ followUps }: { followUps: FollowUpToReview[] }) {
  return (
    <section aria-labelledby="inkorg-uppfoljningar" className="mt-8">
      <h2 id="inkorg-uppfoljningar" className="mb-3 text-xl font-semibold">
        Uppföljningar att granska ({followUps.length})
      </h2>
      {followUps.length === 0 ? (
        <EmptySection>Inga uppföljningar väntar på dig. När en anordnare skickar in en uppföljning för någon av dina deltagare visas den här.</EmptySection>
      ) : (
        <DataTable<FollowUpToReview>
          caption="Inskickade uppföljningar som väntar på granskning, äldst först"
          rows={followUps}
          rowKey={(f) => f.id}
          columns={[
            { header: "Inskickad", cell: (f) => (f.submittedAt ? formatDateTime(f.submittedAt) : isoDay(f.date)), nowrap: true },
            {
              header: "Deltagare",
              cell: (f) => (
                <Link href={`/handlaggare/uppfoljningar/${f.id}`} className="font-medium text-brand-800 underline">
                  {f.participant.name}
                </Link>
              ),
            },
            { header: "Anordnare", cell: (f) => `${f.placement.provider.name} (${MODE_LABELS[f.placement.mode].toLowerCase()})` },
            {
              header: "Förslag på steg",
              cell: (f) =>
                f.proposedStage
                  ? `${STAGE_LABELS[f.participant.currentStage]} → ${STAGE_LABELS[f.proposedStage]}${stageDirection(f.participant.currentStage, f.proposedStage) === "BACK" ? " (steg tillbaka)" : ""}`
                  : "Inget förslag",
            },
            {
              header: "Att se över",
              cell: (f) =>
                [f.hasConcern && "Oro", f.remoteConcern && "Oro för distansarbetet", f.replacesId && "Rättelse"].filter(Boolean).join(", ") || "–",
            },
          ]}
        />
      )}
    </section>
  );
}
