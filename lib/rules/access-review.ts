/**
 * Logguppföljning (issue 17): the monthly sampled review of accesses to a unit's participants.
 * Patientdatalagen 4 kap. 3 § and HSLF-FS 2016:40 ask for systematic, recurring checks of who read
 * which record; the sample's size and what a decision needs are decided here, once.
 */
import type { IsoDate } from "./codes";

export const ACCESS_REVIEW_SOURCE = "Patientdatalagen 4 kap. 3 §, HSLF-FS 2016:40 4 kap.; Stegvis beslut om logguppföljning";

export const ACCESS_REVIEW = {
  /** Accesses (user × participant × day) drawn per unit and month; a month with fewer has them all. */
  sampleSize: 20,
  /** The longest reason a reviewer may write. */
  reasonMaxLength: 2000,
} as const;

/** Each decision a reviewer can make, and what is said on the page. */
export const ACCESS_REVIEW_DECISIONS = ["CONFIRMED", "FLAGGED"] as const;
export type AccessReviewDecision = (typeof ACCESS_REVIEW_DECISIONS)[number];
export type AccessReviewStatus = AccessReviewDecision | "PENDING";

export const ACCESS_REVIEW_STATUS_LABELS: Record<AccessReviewStatus, string> = {
  PENDING: "Inte granskad",
  CONFIRMED: "Motiverad",
  FLAGGED: "Inte motiverad",
};

/** The month a sample is drawn for on `today`: the one before, as its first day. */
export function monthToReview(today: IsoDate): IsoDate {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return `${previous.year}-${String(previous.month).padStart(2, "0")}-01`;
}

/** The first day of the month after `month` (a first day too): where the month's accesses end. */
export function monthAfter(month: IsoDate): IsoDate {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
}

const MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/** "2026-11-01" → "november 2026". */
export function monthName(month: IsoDate): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${year}`;
}

export const ACCESS_REVIEW_MESSAGES = {
  flagNeedsReason: "Skriv varför åtkomsten inte var motiverad.",
  changeNeedsReason: "Skriv varför du ändrar det tidigare beslutet.",
} as const;

/**
 * Why a decision cannot be saved as it stands, or null: a flag needs its reason, and so does changing
 * a decision already made (the earlier one stays in the history, and the new one must say why).
 * The form's hint and the service's refusal both ask this function.
 */
export function decisionReasonRefusal(decision: AccessReviewDecision, previous: AccessReviewStatus, reason: string | undefined): string | null {
  if (reason && reason.trim() !== "") return null;
  if (decision === "FLAGGED") return ACCESS_REVIEW_MESSAGES.flagNeedsReason;
  if (previous !== "PENDING" && previous !== decision) return ACCESS_REVIEW_MESSAGES.changeNeedsReason;
  return null;
}

/** What the reviewer is told before deciding: the same rule, in words. */
export function decisionReasonHint(previous: AccessReviewStatus): string {
  return previous === "PENDING"
    ? "Krävs om du markerar åtkomsten som inte motiverad."
    : "Krävs om du markerar åtkomsten som inte motiverad eller ändrar det tidigare beslutet.";
}
