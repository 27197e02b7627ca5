import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, assertIsoDate, daysBetween, isIsoDate, MAX_PERIOD_MONTHS, periodEnd, toDate } from "@/lib/rules/dates";
import { inTimeZone, isoDate, nextDay, referencePeriodEnd, referenceSameDayLater, TIME_ZONES } from "./support";

// The rule: a period of N months starting on day D ends on the day before day D of
// the month N months later; where that month has no day D, on that month's last day.
const MONTH_EDGES: [start: string, months: number, lastDay: string, why: string][] = [
  ["2026-01-15", 6, "2026-07-14", "mid-month: the day before the same day six months later"],
  ["2026-01-01", 3, "2026-03-31", "a start on the 1st ends on the last day of a month"],
  ["2026-01-01", 12, "2026-12-31", "a year from 1 January ends on New Year's Eve"],
  ["2026-07-01", 6, "2026-12-31", "six months from 1 July end at the year end"],
  ["2026-10-15", 3, "2027-01-14", "a period crosses the year end"],
  ["2026-12-31", 3, "2027-03-30", "from New Year's Eve: 31 March exists, so the day before"],
  ["2026-12-31", 6, "2027-06-30", "from New Year's Eve: June has no 31st, so its last day"],
  ["2026-12-31", 12, "2027-12-30", "a year from New Year's Eve ends the day before the next"],
  ["2026-08-31", 6, "2027-02-28", "31 August plus six months: February has no 31st"],
  ["2027-08-31", 6, "2028-02-29", "31 August plus six months in a leap year ends on 29 February"],
  ["2026-01-30", 1, "2026-02-28", "February has no 30th"],
  ["2026-01-29", 1, "2026-02-28", "February 2026 has no 29th"],
  ["2028-01-29", 1, "2028-02-28", "29 February 2028 exists, so the day before"],
  ["2026-11-29", 3, "2027-02-28", "three months to a February without a 29th"],
  ["2027-11-29", 3, "2028-02-28", "three months to a February with a 29th"],
  ["2028-02-29", 12, "2029-02-28", "a year from 29 February: no 29 February next year"],
  ["2028-02-29", 6, "2028-08-28", "from 29 February, day 29 exists six months on"],
  ["2028-02-28", 12, "2029-02-27", "a year from 28 February ends on the 27th"],
  ["2026-02-28", 3, "2026-05-27", "from the last day of February, the day before the 28th"],
  ["2026-03-31", 3, "2026-06-30", "June has no 31st"],
  ["2026-03-31", 6, "2026-09-30", "September has no 31st"],
  ["2026-03-31", 12, "2027-03-30", "a year from 31 March"],
  ["2026-05-31", 3, "2026-08-30", "August has a 31st, so the day before"],
  ["2026-06-30", 6, "2026-12-29", "six months from 30 June"],
  ["2999-12-31", MAX_PERIOD_MONTHS, "3009-12-30", "the longest length from the last accepted day"],
];

describe("periodEnd", () => {
  it.each(MONTH_EDGES)("a period from %s of %i months ends on %s (%s)", (start, months, lastDay) => {
    expect(periodEnd(start, months)).toBe(lastDay);
  });

  it.each(TIME_ZONES)("gives the same last days whatever the local time zone (%s)", (zone) => {
    inTimeZone(zone, () => {
      for (const [start, months, lastDay] of MONTH_EDGES) expect(periodEnd(start, months)).toBe(lastDay);
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_PERIOD_MONTHS + 1])(
    "refuses a length of %s months: a period lasts 1 to 120 whole months",
    (months) => {
      expect(() => periodEnd("2026-01-15", months)).toThrow(RangeError);
    },
  );

  it("refuses a start that is not a calendar date", () => {
    expect(() => periodEnd("2026-02-30", 6)).toThrow(RangeError);
  });

  it("ends strictly after its start, for every start and every allowed length", () => {
    fc.assert(fc.property(isoDate(), fc.integer({ min: 1, max: MAX_PERIOD_MONTHS }), (start, n) => periodEnd(start, n) > start));
  });

  it("agrees with the month rule written out without date-fns", () => {
    fc.assert(
      fc.property(isoDate(), fc.integer({ min: 1, max: MAX_PERIOD_MONTHS }), (start, n) => {
        expect(periodEnd(start, n)).toBe(referencePeriodEnd(start, n));
      }),
      { numRuns: 2000 },
    );
  });

  it("ends within N months and a day: never after the same day N months on, never two days before it", () => {
    fc.assert(
      fc.property(isoDate(), fc.constantFrom(3, 6, 12), (start, n) => {
        const end = periodEnd(start, n);
        const bound = referenceSameDayLater(start, n);
        expect(end <= bound).toBe(true);
        expect(nextDay(end) >= bound).toBe(true);
      }),
    );
  });

  it("is monotone in N: a longer period always ends later", () => {
    fc.assert(
      fc.property(isoDate(), fc.integer({ min: 1, max: MAX_PERIOD_MONTHS - 1 }), (start, n) => periodEnd(start, n) < periodEnd(start, n + 1)),
    );
  });
});

describe("calendar dates", () => {
  it.each(["2026-01-15", "2028-02-29", "1900-01-01", "2999-12-31"])("accepts %s", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ["2026-02-29", "a 29 February outside a leap year"],
    ["2026-13-01", "a 13th month"],
    ["2026-04-31", "31 April"],
    ["2026-01-00", "day 0"],
    ["2026-1-5", "missing zeros"],
    ["2026-01-15T00:00:00Z", "a time"],
    ["15/01/2026", "another format"],
    ["1899-12-31", "a year before 1900"],
    ["3000-01-01", "a year after 2999"],
    ["", "an empty string"],
  ])("refuses %s (%s)", (value) => {
    expect(isIsoDate(value)).toBe(false);
    expect(() => toDate(value)).toThrow(RangeError);
    expect(() => assertIsoDate(value)).toThrow(RangeError);
  });

  it("refuses a value that is not a string at all", () => {
    expect(isIsoDate(20260115)).toBe(false);
    expect(() => toDate(20260115 as unknown as string)).toThrow(RangeError);
  });

  it.each(TIME_ZONES)("counts days across daylight-saving changes without losing one (%s)", (zone) => {
    inTimeZone(zone, () => {
      expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
      expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
      expect(addDaysIso("2026-03-28", 1)).toBe("2026-03-29");
      expect(addDaysIso("2026-11-01", 1)).toBe("2026-11-02");
      expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
      expect(daysBetween("2028-03-01", "2028-02-28")).toBe(-2);
    });
  });

  it("really runs the zone tests in other zones", () => {
    const januaryOffset = (): number => new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
    inTimeZone("America/Los_Angeles", () => expect(januaryOffset()).toBe(480));
    inTimeZone("Europe/Stockholm", () => expect(januaryOffset()).toBe(-60));
  });

  it.each([
    ["America/Sao_Paulo", "2018-11-03", "2018-11-04"],
    ["Asia/Beirut", "2026-03-28", "2026-03-29"],
  ])("keeps a day whose midnight the zone skips (%s, %s to %s)", (zone, before, skipped) => {
    inTimeZone(zone, () => {
      expect(isIsoDate(skipped)).toBe(true);
      expect(addDaysIso(before, 1)).toBe(skipped);
      expect(daysBetween(before, addDaysIso(skipped, 1))).toBe(2);
    });
  });

  it("reads and writes every accepted date unchanged", () => {
    fc.assert(fc.property(isoDate(), (d) => addDaysIso(d, 0) === d && isIsoDate(d)));
  });
});
