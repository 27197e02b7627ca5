/**
 * Calendar-date arithmetic on ISO strings ("YYYY-MM-DD").
 *
 * Inside, a date is a local Date at noon. date-fns works in local time, and
 * noon keeps a day from sliding into its neighbour when a zone shifts its
 * clocks at midnight; nothing here ever reads the hours back.
 */
import { addDays, addMonths, differenceInCalendarDays, getDate, isValid, parseISO, setHours } from "date-fns";
import type { IsoDate } from "./codes";

/**
 * Dates the rules accept: years 1900 to 2999. Anything outside is a typo in
 * this domain (a placement in year 202 or 20260), and the bound keeps every
 * computed date, even 120 months after the last accepted day, a four-digit
 * year, so ISO strings still sort as dates.
 */
const ISO_DATE_SHAPE = /^(19|2\d)\d{2}-\d{2}-\d{2}$/;

/** The longest period length the arithmetic accepts: ten years, ten times the longest real limit. */
export const MAX_PERIOD_MONTHS = 120;

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * The local calendar date of `date`, "YYYY-MM-DD". Written out rather than with date-fns' `format`, which
 * brings its English locale along: the placement form runs these rules in the browser (ADR 0004).
 */
export const toIsoDate = (date: Date): IsoDate => `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;

function parseOrNull(value: string): Date | null {
  if (!ISO_DATE_SHAPE.test(value)) return null;
  const date = parseISO(value);
  // The round trip refuses dates that parseISO would accept or roll over.
  return isValid(date) && toIsoDate(date) === value ? setHours(date, 12) : null;
}

/** Whether `value` is a real calendar date written "YYYY-MM-DD", in the years 1900 to 2999. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && parseOrNull(value) !== null;
}

/** @throws RangeError when `value` is not a real calendar date "YYYY-MM-DD". */
export function toDate(value: IsoDate): Date {
  const date = typeof value === "string" ? parseOrNull(value) : null;
  if (date === null) throw new RangeError(`Not a calendar date "YYYY-MM-DD": ${String(value)}`);
  return date;
}

/** @throws RangeError when `value` is not a real calendar date "YYYY-MM-DD". */
export function assertIsoDate(value: IsoDate): void {
  toDate(value);
}

/** The date `days` calendar days after `date` (before it when negative). */
export const addDaysIso = (date: IsoDate, days: number): IsoDate => toIsoDate(addDays(toDate(date), days));

/** Calendar days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  differenceInCalendarDays(toDate(to), toDate(from));

/** Whether `months` is a length a period can have: a whole number from 1 to {@link MAX_PERIOD_MONTHS}. */
export const isValidMonths = (months: unknown): months is number =>
  Number.isInteger(months) && (months as number) >= 1 && (months as number) <= MAX_PERIOD_MONTHS;

/**
 * The last day of a period of `months` months that starts on `startDate`.
 *
 * The rule: a period of N months starting on day D ends on the day before day D
 * of the month N months later; when that month has no day D, the period ends on
 * the last day of that month. So 2026-01-15 + 6 ends 2026-07-14, 2026-01-01 + 3
 * ends 2026-03-31, and 2026-08-31 + 6 ends 2027-02-28. The last day is strictly
 * after the start for every allowed length, and a planned end on or before it
 * is within the limit.
 *
 * @param months a whole number from 1 to {@link MAX_PERIOD_MONTHS}
 * @throws RangeError on a malformed date or a length outside 1 to {@link MAX_PERIOD_MONTHS}
 */
export function periodEnd(startDate: IsoDate, months: number): IsoDate {
  if (!isValidMonths(months)) throw new RangeError(`A period lasts 1 to ${MAX_PERIOD_MONTHS} whole months: ${months}`);
  const start = toDate(startDate);
  // addMonths clamps day D to the month's last day when the month is too short.
  const sameDayLater = addMonths(start, months);
  const clamped = getDate(sameDayLater) !== getDate(start);
  return toIsoDate(clamped ? sameDayLater : addDays(sameDayLater, -1));
}
