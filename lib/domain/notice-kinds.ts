/**
 * The kinds of notice (avisering). Components and formats import this, not the generated Prisma client;
 * the Prisma enum `NoticeKind` mirrors it and tests/unit/vocabulary.test.ts keeps the two in step.
 */
export const NOTICE_KINDS = ["FOLLOW_UP_DUE", "FOLLOW_UP_OVERDUE", "FOLLOW_UP_ESCALATED", "PLACEMENT_ENDING", "PROPOSAL_WAITING", "AGREEMENT_WAITING", "AGREEMENT_EXPIRING"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
