import Link from "next/link";
import { EmptySection } from "@/components/participants/case-section";
import { DataTable } from "@/components/ui/data-table";
import { PROPOSAL_REASON } from "@/lib/domain/vocabulary";
import { formatDateTime } from "@/lib/format/date";
import { proposedChange } from "@/lib/format/proposal";
import type { WaitingProposal } from "@/lib/server/proposals/read-proposals";

/** The inbox's list of proposals waiting for the case officer's answer, oldest first; one section of the inbox page. */
export function ProposalInbox({ proposals }: { proposals: WaitingProposal[] }) {
  return (
    <section aria-labelledby="inkorg-forslag" className="mt-8">
      <h2 id="inkorg-forslag" className="mb-3 text-xl font-semibold">
        Förslag att besvara ({proposals.length})
      </h2>
      {proposals.length === 0 ? (
        <EmptySection>
          Inga förslag väntar på dig. När en anordnare föreslår en ändring av en placering för någon av dina deltagare visas förslaget här.
        </EmptySection>
      ) : (
        <WaitingProposals proposals={proposals} />
      )}
    </section>
  );
}

function WaitingProposals({ proposals }: { proposals: WaitingProposal[] }) {
  return (
    <DataTable<WaitingProposal>
      caption="Förslag från anordnare som väntar på svar, äldst först"
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
