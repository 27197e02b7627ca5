// The test factories themselves: a test must not fail because two test files drew the same unique value.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { parsePersonalIdentity } from "@/lib/validation/personal-identity";
import { createParticipant, createUnit, testPersonalNumber, uniqueTestPersonalNumber, untakenPersonalNumber, withUntaken } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("test personnummer", () => {
  it("a creation whose first drawn number is taken draws again", async () => {
    const unit = await createUnit(db);
    const taken = (await createParticipant(db, { unitId: unit.id })).personalIdentityNumber;
    const draws = [taken, taken, await untakenPersonalNumber(db)];
    const created = await withUntaken(
      "Participant_personalIdentityNumber_key",
      (personalIdentityNumber) => db.participant.create({ data: { personalIdentityNumber, firstName: "Test", lastName: "Dragen", gender: "MALE", municipalityCode: "0980", programme: "JOB", unitId: unit.id } }),
      () => draws.shift()!,
    );
    expect(draws).toEqual([]);
    expect(created.personalIdentityNumber).not.toBe(taken);
  });

  it("any other refusal is not retried", async () => {
    let calls = 0;
    await expect(
      withUntaken("Participant_personalIdentityNumber_key", async () => {
        calls++;
        throw new Error("något annat gick fel");
      }, testPersonalNumber),
    ).rejects.toThrow("något annat gick fel");
    expect(calls).toBe(1);
  });

  it("the two series are valid test numbers and never meet: one drawn without retry cannot be taken by the other", () => {
    const drawn = Array.from({ length: 5_000 }, () => testPersonalNumber());
    const unique = Array.from({ length: 5_000 }, () => uniqueTestPersonalNumber());
    for (const number of [...drawn, ...unique]) expect(parsePersonalIdentity(number)?.twelveDigits, number).toBe(number);
    expect(drawn.every((n) => /^\d{8}98\d{2}$/.test(n))).toBe(true);
    expect(unique.every((n) => /^\d{8}99\d{2}$/.test(n))).toBe(true);
    expect(new Set(unique).size).toBe(unique.length);
  });
});
