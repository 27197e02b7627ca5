// Date helpers the demo data needs beyond the shared ones: calendar days are "YYYY-MM-DD" strings;
// period ends, day arithmetic and today's date come from lib/rules and lib/format.
import { dayToDate, stockholmDay } from "../../lib/format/date";
import { addDaysIso, daysBetween, isIsoDate, periodEnd, type IsoDate } from "../../lib/rules";

export { daysBetween, periodEnd, stockholmDay as todayInStockholm, type IsoDate };
export const addDays = addDaysIso;
/** The value Prisma stores in a @db.Date column for this calendar day. */
export const dbDate = dayToDate;

export function assertIsoDate(date: string): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Inte ett datum ÅÅÅÅ-MM-DD: ${date}`);
  return date;
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Same day `months` months later (or earlier), clamped to the month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = dayToDate(assertIsoDate(date));
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month));
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** An instant on `date` at `hour`:`minute` UTC (the demo data needs no finer zone handling). */
export const instant = (date: IsoDate, hour: number, minute = 0): Date =>
  new Date(`${date}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`);
