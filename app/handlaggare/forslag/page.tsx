import type { Metadata } from "next";
import { WaitingProposalsTable } from "@/components/proposals/waiting-proposals-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { waitingProposals } from "@/lib/server/proposals/read-proposals";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Förslag från anordnare" };

export default async function WaitingProposalsPage() {
  const user = await requirePolicy("viewCaseload", "/handlaggare/forslag");
  const proposals = await waitingProposals(user);
  return (
    <>
      <PageHeader title="Förslag från anordnare">Förslag om dina deltagares placeringar som väntar på ditt svar, äldst först.</PageHeader>
      {proposals.length === 0 ? (
        <EmptyState title="Inga förslag väntar på svar">När en anordnare föreslår en ändring av en placering för någon av dina deltagare visas förslaget här.</EmptyState>
      ) : (
        <WaitingProposalsTable proposals={proposals} />
      )}
    </>
  );
}
