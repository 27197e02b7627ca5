import type { ViolationCode } from "./codes";

/** The form field a message belongs to. */
export type ViolationField =
  | "programme"
  | "kind"
  | "startDate"
  | "plannedEndDate"
  | "decisionDate"
  | "jobCompensableDays"
  | "aioReason"
  | "assessment"
  | "lateRegistration"
  | "previousPlacements";

/** One broken rule: what, where in the form, and a Swedish message naming the rule and its source. */
export interface Violation {
  code: ViolationCode;
  field: ViolationField;
  message: string;
}

export const invalidDate = (field: ViolationField, label: string, value: unknown): Violation => ({
  code: "INVALID_INPUT",
  field,
  message: `${label} ”${String(value)}” är inte ett giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-15.`,
});
