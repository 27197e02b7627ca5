import type { Metadata } from "next";
import { FollowUpInbox } from "@/components/inbox/follow-up-inbox";
import { ProposalInbox } from "@/components/proposals/proposal-inbox";
import { PageHeader } from "@/components/ui/page-header";
import { listFollowUpsToReview } from "@/lib/server/inbox/follow-ups";
import { waitingProposals } from "@/lib/server/proposals/read-proposals";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Inkorg" };

/** What waits for the case officer: one section per kind (follow-ups, proposals). */
export default async function InboxPage() {
  const user = await requirePolicy("viewCaseload", "/handlaggare/inkorg");
  const followUps = await listFollowUpsToReview(user);
  const proposals = await waitingProposals(user);
  return (
    <>
      <PageHeader title="Inkorg">Det som anordnarna har skickat in för dina deltagare och som väntar på dig, det äldsta först.</PageHeader>
      <FollowUpInbox followUps={followUps} />
      <ProposalInbox proposals={proposals} />
    </>
  );
}
