import { agreementExpiring } from "./agreement-expiring";
import { agreementWaiting } from "./agreement-waiting";
import { followUpDue } from "./follow-up-due";
import { followUpEscalated } from "./follow-up-escalated";
import { followUpOverdue } from "./follow-up-overdue";
import { placementEnding } from "./placement-ending";
import { proposalWaiting } from "./proposal-waiting";
import type { NoticeSource } from "./source";

/** Every kind of notice the daily generation makes. A new kind is one module beside these and one line here. */
export const NOTICE_SOURCES: readonly NoticeSource[] = [followUpDue, followUpOverdue, followUpEscalated, placementEnding, proposalWaiting, agreementWaiting, agreementExpiring];
