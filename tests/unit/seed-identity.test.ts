import { describe, expect, it } from "vitest";
import { buildSeedData } from "../../prisma/seed/plan";
import { parsePersonalIdentity } from "../../lib/validation/personal-identity";

describe("the demo participants' personnummer", () => {
  // The birth dates follow the seed's day, so several days are tried.
  for (const today of ["2026-03-02", "2026-12-07", "2027-06-30"]) {
    it(`are valid test numbers with birth numbers 980–989, never the tests' own 990–999 (seeded ${today})`, () => {
      const numbers = buildSeedData(today).participants.map((p) => p.personalIdentityNumber);
      expect(numbers.filter((n) => parsePersonalIdentity(n) === null)).toEqual([]);
      // uniqueTestPersonalNumber (tests/support/factories.ts) draws from 990–999 without asking the database.
      expect(numbers.filter((n) => !/^\d{8}98\d{2}$/.test(n))).toEqual([]);
      expect(new Set(numbers).size).toBe(numbers.length);
    });
  }
});
