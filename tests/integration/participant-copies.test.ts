// The participant's fields copied onto placements, stage assessments and outcomes for the dashboard
// (migration dashboard_participant_copies; placements also carry the current stage): after every kind of
// write that changes them, the stored copies equal the participant's own values, recomputed here from the
// participant's columns.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transferParticipant, updateParticipant } from "@/lib/server/participants";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { participantTransfer, participantUpdate } from "@/lib/validation/participant";
import { dashboardWorld } from "../support/dashboard-factories";
import { createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Copy = {
  table: string;
  id: string;
  gender: string | null;
  programme: string | null;
  unitId: string | null;
  municipalityCode: string | null;
  birth: number | null;
  stage: string | null;
};

/** Every copy of these participants' fields, with those that differ from the participant now. */
async function copiesOf(participantIds: string[]) {
  const rows = await db.$queryRaw<(Copy & { stale: boolean })[]>`
    SELECT c.*, (c.gender::text, c.programme, c."unitId", c."municipalityCode", c.birth, c.stage::text)
      IS DISTINCT FROM (p."gender"::text, p."programme", p."unitId", p."municipalityCode",
        substr(p."personalIdentityNumber", 1, 8)::int - CASE WHEN p."isCoordinationNumber" THEN 60 ELSE 0 END,
        CASE c."table" WHEN 'Placement' THEN p."currentStage"::text END) AS stale
    FROM (
      SELECT 'Placement' AS "table", "id", "participantId", "participantGender" AS gender, "participantProgramme" AS programme,
        "participantUnitId" AS "unitId", "participantMunicipalityCode" AS "municipalityCode", "participantBirth" AS birth, "participantStage" AS stage FROM "Placement"
      UNION ALL
      SELECT 'StageAssessment', "id", "participantId", "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth", NULL FROM "StageAssessment"
      UNION ALL
      SELECT 'Outcome', "id", "participantId", "participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth", NULL FROM "Outcome"
    ) c JOIN "Participant" p ON p."id" = c."participantId"
    WHERE p."id" = ANY(${participantIds}::uuid[])`;
  return { tables: [...new Set(rows.map((r) => r.table))].sort(), stale: rows.filter((r) => r.stale).map((r) => `${r.table} ${r.id}`), rows };
}

let world: Awaited<ReturnType<typeof dashboardWorld>>;
let participantId: string;
let other: string;

beforeAll(async () => {
  world = await dashboardWorld(db);
  const participant = await world.person({
    gender: "FEMALE",
    birthYear: 1988,
    programme: "JOB",
    stages: [["2026-01-10", "KOMMA_IGANG"], ["2026-02-01", "PA_VAG"]],
    placement: { status: "ENDED", start: "2025-09-01", plannedEnd: "2026-02-28", actualEnd: "2026-02-10" },
    outcome: { kind: "WORK", date: "2026-02-10" },
  });
  participantId = participant.id;
  other = (await world.person({ gender: "MALE", birthYear: 2001, programme: "UGA", stages: [["2026-01-10", "KOMMA_IGANG"]] })).id;
});

describe("the participant's copies on placements, stage assessments and outcomes", () => {
  it("are filled when the rows are written", async () => {
    const { tables, stale, rows } = await copiesOf([participantId]);
    expect(tables).toEqual(["Outcome", "Placement", "StageAssessment"]);
    expect(stale).toEqual([]);
    expect(rows.find((r) => r.table === "Placement")).toMatchObject({ gender: "FEMALE", programme: "JOB", unitId: world.unit.id, municipalityCode: "0980", stage: "PA_VAG" });
  });

  it("follow the participant's corrected gender, municipality and programme", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: world.unit.id });
    const version = (await db.participant.findUniqueOrThrow({ where: { id: participantId } })).version;
    const result = await updateParticipant(
      officer,
      participantUpdate.parse({ participantId, version: String(version), firstName: "Test", lastName: "Deltagare", gender: "OTHER", municipalityCode: "0180", programme: "UGA" }),
    );
    expect(result.ok).toBe(true);
    const { stale, rows } = await copiesOf([participantId]);
    expect(stale).toEqual([]);
    expect(rows.map((r) => [r.gender, r.municipalityCode, r.programme])).toEqual(rows.map(() => ["OTHER", "0180", "UGA"]));
  });

  it("follow the participant's new stage on the placements", async () => {
    await db.participant.update({ where: { id: participantId }, data: { currentStage: "NASTAN_FRAMME" } });
    const { stale, rows } = await copiesOf([participantId]);
    expect(stale).toEqual([]);
    expect(rows.filter((r) => r.table === "Placement").map((r) => r.stage)).toEqual(["NASTAN_FRAMME"]);
  });

  it("follow a transfer to an officer at another unit", async () => {
    const elsewhere = await createUnit(db, { municipalityCode: "0180" });
    const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: elsewhere.id });
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: world.unit.id });
    const version = (await db.participant.findUniqueOrThrow({ where: { id: participantId } })).version;
    const result = await transferParticipant(officer, participantTransfer.parse({ participantId, version: String(version), responsibleOfficerId: colleague.id }));
    expect(result.ok).toBe(true);
    const { stale, rows } = await copiesOf([participantId]);
    expect(stale).toEqual([]);
    expect(new Set(rows.map((r) => r.unitId))).toEqual(new Set([elsewhere.id]));
  });

  it("follow a changed personnummer, as anonymisation writes it", async () => {
    await db.$executeRaw`UPDATE "Participant" SET "personalIdentityNumber" = '00' || lpad("caseNumber"::text, 10, '0'), "isCoordinationNumber" = false WHERE "id" = ${participantId}::uuid`;
    const { stale, rows } = await copiesOf([participantId]);
    expect(stale).toEqual([]);
    expect(rows.every((r) => r.birth !== null && r.birth < 1_000_000)).toBe(true);
  });

  it("are put back when something writes a copy, and refilled when a row moves to another participant", async () => {
    await db.$executeRaw`UPDATE "Placement" SET "participantGender" = 'MALE', "participantUnitId" = NULL, "participantStage" = 'KOMMA_IGANG' WHERE "participantId" = ${participantId}::uuid`;
    const moved = await db.stageAssessment.findFirstOrThrow({ where: { participantId }, orderBy: { date: "asc" } });
    await db.$executeRaw`UPDATE "StageAssessment" SET "participantId" = ${other}::uuid WHERE "id" = ${moved.id}::uuid`;
    const { stale, rows } = await copiesOf([participantId, other]);
    expect(stale).toEqual([]);
    expect(rows.find((r) => r.id === moved.id)).toMatchObject({ gender: "MALE", programme: "UGA", birth: expect.any(Number) });
  });

  it("are filled on rows written after the participant changed", async () => {
    await db.outcome.create({ data: { participantId, kind: "STUDIES", date: new Date("2026-03-01T00:00:00Z"), recordedById: world.officer.id } });
    await db.stageAssessment.create({ data: { participantId, stage: "NASTAN_FRAMME", date: new Date("2026-03-02T00:00:00Z"), assessedById: world.officer.id, reason: "Test" } });
    const { stale, rows } = await copiesOf([participantId]);
    expect(stale).toEqual([]);
    expect(rows.filter((r) => r.table !== "Placement").length).toBe(4);
  });
});
