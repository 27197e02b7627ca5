import "server-only";
import type { SessionUser } from "../session-user";
import { countWaitingProposals } from "../proposals/read-proposals";
import { countFollowUpsToReview } from "./follow-ups";

/**
 * What waits for a case officer in the inbox, by kind; each list of the inbox adds its counter here
 * (follow-ups, proposals), and the header shows the sum.
 */
const COUNTERS: ((user: SessionUser) => Promise<number>)[] = [countFollowUpsToReview, countWaitingProposals];

export async function inboxCount(user: SessionUser): Promise<number> {
  let total = 0;
  for (const count of COUNTERS) total += await count(user);
  return total;
}
