/** A calendar day from a @db.Date column (midnight UTC) as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A calendar day as a Date at midnight UTC, the shape Prisma writes to @db.Date. */
export function dayToDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

const DATE_TIME = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" });

export function formatDateTime(instant: Date): string {
  return DATE_TIME.format(instant);
}
