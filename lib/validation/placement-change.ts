/**
 * The changes to a placement after it is registered: extend, shorten, end with an outcome, cancel.
 * Each form carries the placement's id and the version it was opened at, so a stale edit is refused.
 */
import { z } from "zod";
import { END_REASON, OUTCOME_KIND } from "@/lib/domain/vocabulary";
import { choice, isoDate, optionalText, recordId, requiredText, version } from "./fields";

const REASON_MAX = 1000;

const changed = { placementId: recordId(), version: version() };

export const placementExtension = z.object({
  ...changed,
  newPlannedEndDate: isoDate("nytt slutdatum"),
  reason: optionalText("motivering", REASON_MAX),
});
export type PlacementExtension = z.output<typeof placementExtension>;

export const placementShortening = z.object({
  ...changed,
  newPlannedEndDate: isoDate("nytt slutdatum"),
  reason: requiredText("anledning", REASON_MAX),
});
export type PlacementShortening = z.output<typeof placementShortening>;

export const END_REASON_TEXT_MISSING = "Beskriv skälet när du väljer ”Annat skäl”.";
export const INTERRUPT_REASON_MISSING = "Beskriv varför placeringen avbröts.";

export const placementEnding = z
  .object({
    ...changed,
    actualEndDate: isoDate("sista dagen"),
    endReasonCode: choice(END_REASON.codes, "Välj varför placeringen avslutas."),
    endReasonText: optionalText("skälet", REASON_MAX),
    outcomeKind: choice(OUTCOME_KIND.codes, "Välj vad placeringen ledde till."),
    interruptReason: optionalText("anledningen till avbrottet", REASON_MAX),
    notes: optionalText("anteckningar", 4000),
  })
  // `when`: judged even while other fields are wrong, so every error shows at the first submit.
  .refine((value) => value.endReasonCode !== "OTHER" || value.endReasonText !== undefined, {
    path: ["endReasonText"],
    message: END_REASON_TEXT_MISSING,
    when: ({ value }) => (value as { endReasonCode?: unknown })?.endReasonCode === "OTHER",
  })
  .refine((value) => value.outcomeKind !== "INTERRUPTED" || value.interruptReason !== undefined, {
    path: ["interruptReason"],
    message: INTERRUPT_REASON_MISSING,
    when: ({ value }) => (value as { outcomeKind?: unknown })?.outcomeKind === "INTERRUPTED",
  });
export type PlacementEnding = z.output<typeof placementEnding>;

export const placementCancellation = z.object({
  ...changed,
  reason: requiredText("anledning", REASON_MAX),
});
export type PlacementCancellation = z.output<typeof placementCancellation>;
