// Calendar dates as "YYYY-MM-DD" strings, computed in UTC so no time zone can shift a day.

export type IsoDate = string;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(date: IsoDate): Date {
  if (!ISO.test(date)) throw new RangeError(`Inte ett datum ÅÅÅÅ-MM-DD: ${date}`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Inte ett datum ÅÅÅÅ-MM-DD: ${date}`);
  }
  return d;
}

export function assertIsoDate(date: string): IsoDate {
  toUtc(date);
  return date;
}

const fromUtc = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Same day `months` months later, clamped to the month's last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month));
  return fromUtc(new Date(Date.UTC(year, month, day)));
}

/**
 * The last day of a period of `months` months starting on `start`: the day before the
 * same day N months later, or that month's last day when it has no such day.
 */
export function periodEnd(start: IsoDate, months: number): IsoDate {
  const later = addMonths(start, months);
  return later.slice(8) === start.slice(8) ? addDays(later, -1) : later;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** The value Prisma stores in a @db.Date column for this calendar day. */
export const dbDate = (date: IsoDate): Date => toUtc(date);

/** An instant on `date` at `hour`:`minute` UTC (the demo data needs no finer zone handling). */
export const instant = (date: IsoDate, hour: number, minute = 0): Date =>
  new Date(`${date}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00Z`);

/** Today's date in Europe/Stockholm. */
export function todayInStockholm(now = new Date()): IsoDate {
  // The sv-SE locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
