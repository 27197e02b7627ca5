import type { Metadata } from "next";
import { FollowUpInbox } from "@/components/inbox/follow-up-inbox";
import { PageHeader } from "@/components/ui/page-header";
import { listFollowUpsToReview } from "@/lib/server/inbox/follow-ups";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Inkorg" };

/** What waits for the case officer: one section per kind (follow-ups here; proposals beside them). */
export default async function InboxPage() {
  const user = await requirePolicy("viewCaseload", "/handlaggare/inkorg");
  const followUps = await listFollowUpsToReview(user);
  return (
    <>
      <PageHeader title="Inkorg">Det som anordnarna har skickat in för dina deltagare och som väntar på dig, det äldsta först.</PageHeader>
      <FollowUpInbox followUps={followUps} />
    </>
  );
}
