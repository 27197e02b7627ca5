import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";

/** Seed texts copied beside the tests, so quoted sentences can be checked word for word. */
const seed = (name: string): string =>
  readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8").replace(/\s+/g, " ");
export const SEED_002 = seed("seed-002.txt");
export const SEED_000 = seed("seed-000.txt");

/** Whether a quoted sentence appears in the seed, ignoring line breaks. */
export const quotes = (seedText: string, sentence: string): boolean => seedText.includes(sentence.replace(/\s+/g, " "));

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * The month rule, written again without date-fns, as an oracle for property
 * tests: the day before day D N months later, or that month's last day.
 */
export function referencePeriodEnd(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = d > daysInMonth ? Date.UTC(year, month, daysInMonth) : Date.UTC(year, month, d) - DAY_MS;
  const e = new Date(end);
  return `${pad(e.getUTCFullYear(), 4)}-${pad(e.getUTCMonth() + 1)}-${pad(e.getUTCDate())}`;
}

/** The same day `months` later, or that month's last day: the bound "N months on". */
export function referenceSameDayLater(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, daysInMonth))}`;
}

export const nextDay = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** Any accepted calendar date, 1900-01-01 to 2999-12-31. */
export const isoDate = (min = "1900-01-01", max = "2999-12-31"): fc.Arbitrary<string> =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** The zones the suite must pass in, plus two whose clocks have jumped at midnight. */
export const TIME_ZONES = ["Europe/Stockholm", "America/Los_Angeles", "UTC", "America/Sao_Paulo", "Asia/Beirut"];

/** Runs `body` with the process's local time zone set to `zone`, then restores it. */
export function inTimeZone(zone: string, body: () => void): void {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    body();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
