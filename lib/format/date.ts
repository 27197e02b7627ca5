/** A calendar day from a @db.Date column (midnight UTC) as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day as a Date at midnight UTC, the shape Prisma writes to @db.Date. */
export function dayToDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

// The sv-SE locale writes dates as YYYY-MM-DD.
const STOCKHOLM_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day in Sweden at `now`, as "YYYY-MM-DD". */
export function stockholmDay(now: Date = new Date()): string {
  return STOCKHOLM_DAY.format(now);
}

const DATE_TIME = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" });

export function formatDateTime(instant: Date): string {
  return DATE_TIME.format(instant);
}
