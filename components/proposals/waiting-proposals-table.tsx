import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PROPOSAL_REASON } from "@/lib/domain/vocabulary";
import { formatDateTime } from "@/lib/format/date";
import { proposedChange } from "@/lib/format/proposal";
import type { WaitingProposal } from "@/lib/server/proposals/read-proposals";

/** The proposals waiting for the case officer, oldest first, each with a link to answer it. For the inbox. */
export function WaitingProposalsTable({ proposals }: { proposals: WaitingProposal[] }) {
  return (
    <DataTable<WaitingProposal>
      caption="Förslag som väntar på svar"
      rows={proposals}
      rowKey={(p) => p.id}
      columns={[
        { header: "Skickat", cell: (p) => formatDateTime(p.createdAt), nowrap: true },
        {
          header: "Deltagare",
          cell: (p) => (
            <Link href={`/handlaggare/deltagare/${p.placement.participant.id}`} className="underline">
              {p.placement.participant.name}
            </Link>
          ),
        },
        { header: "Anordnare", cell: (p) => p.placement.providerName },
        { header: "Förslag", cell: (p) => proposedChange(p) },
        { header: "Skäl", cell: (p) => PROPOSAL_REASON.labels[p.reasonCode] },
        {
          header: "Svara",
          cell: (p) => (
            <Link href={`/handlaggare/forslag/${p.id}`} className="font-semibold underline">
              Svara<span className="sr-only"> på förslaget om {p.placement.participant.name}</span>
            </Link>
          ),
          nowrap: true,
        },
      ]}
    />
  );
}
