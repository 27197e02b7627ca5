/** The reviewer's decision on a sampled access, the admin's grant, and the month a review page shows. */
import { z } from "zod";
import { ACCESS_REVIEW, ACCESS_REVIEW_DECISIONS } from "@/lib/rules";
import { choice, optionalText, recordId, version } from "./fields";

export const accessReviewDecisionInput = z.object({
  itemId: recordId("Åtkomsten finns inte."),
  version: version(),
  decision: choice(ACCESS_REVIEW_DECISIONS, "Välj om åtkomsten var motiverad eller inte."),
  reason: optionalText("motiveringen", ACCESS_REVIEW.reasonMaxLength),
});
export type AccessReviewDecisionInput = z.output<typeof accessReviewDecisionInput>;

/** An admin's grant or revocation of the reviewer permission, at the version the user's page showed. */
export const accessReviewerGrant = z.object({ userId: recordId("Användaren finns inte."), version: version() });
export type AccessReviewerGrant = z.output<typeof accessReviewerGrant>;

/** `?manad=2026-11`: a month of the review pages; anything else is no choice (the latest month). */
export function parseReviewMonth(value: unknown): string | null {
  return typeof value === "string" && /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/.test(value) ? `${value}-01` : null;
}
