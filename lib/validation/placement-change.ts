/**
 * The changes to a placement after it is registered: extend, shorten, end with an outcome, cancel,
 * move the start, change the hours or tasks.
 * Each form carries the placement's id and the version it was opened at, so a stale edit is refused.
 */
import { z } from "zod";
import { END_REASON, OUTCOME_KIND } from "@/lib/domain/vocabulary";
import { choice, isoDate, optionalText, recordId, requiredText, version, wholeNumber } from "./fields";

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

export const placementStartChange = z.object({
  ...changed,
  newStartDate: isoDate("nytt startdatum"),
  reason: optionalText("motivering", REASON_MAX),
});
export type PlacementStartChange = z.output<typeof placementStartChange>;

/** The same limits as when the placement was registered. */
export const HOURS_PER_WEEK = { min: 1, max: 40 } as const;
export const TASKS_MAX = 2000;
export const hoursPerWeek = () => wholeNumber("timmar per vecka", HOURS_PER_WEEK.min, HOURS_PER_WEEK.max);
export const tasksText = () => requiredText("arbetsuppgifter", TASKS_MAX);

export const NO_TERMS_GIVEN = "Fyll i nya timmar per vecka, nya arbetsuppgifter eller båda.";

export const placementTermsChange = z
  .object({
    ...changed,
    hoursPerWeek: hoursPerWeek().optional(),
    tasks: tasksText().optional(),
    reason: optionalText("motivering", REASON_MAX),
  })
  .refine((value) => value.hoursPerWeek !== undefined || value.tasks !== undefined, { path: ["hoursPerWeek"], message: NO_TERMS_GIVEN });
export type PlacementTermsChange = z.output<typeof placementTermsChange>;
