/**
 * When a notice (avisering) is due. Product decisions of issue 17, in days; the generation in
 * lib/server/notices/sources/ and the notices page's wording both read them from here.
 */
export const NOTICE_RULES = {
  /** A follow-up due within this many days is announced as due. */
  followUpDueSoonDays: 7,
  /** A placement whose planned last day is within this many days is announced as ending. */
  placementEndingDays: 14,
  /** A follow-up overdue by more than this many days also goes to the unit's coordinators. */
  escalationOverdueDays: 14,
} as const;
