// The scale generator's SQL on a tiny size: it runs, counts come out as asked, and the data keeps the rules.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { maxPeriod, nextFollowUpDue } from "@/lib/rules";
import { parsePersonalIdentity } from "@/lib/validation/personal-identity";
import { generateScaleData, NotEmptyError } from "../../scripts/db/scale/generate";
import { SIZES } from "../../scripts/db/scale/sizes";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

const TODAY = "2026-11-30";
const size = SIZES.tiny;
let database: ScratchDatabase;
let client: pg.Client;
let indexesBefore: string[];

const indexNames = async () =>
  (await client.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.name);
const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

// db:scale refuses the embedded database (too small for national scale), so its SQL is proven on a server only.
const embedded = inject("databaseEmbedded");

beforeAll(async () => {
  if (embedded) return;
  database = await createScratchDatabase("stegvis_scale_it");
  // The generator drops and rebuilds indexes: it runs as the tables' owner, as db:scale does.
  client = new pg.Client({ connectionString: database.ownerUrl });
  // Dates as "YYYY-MM-DD" strings (type 1082), not local midnights.
  client.setTypeParser(1082, (value) => new Date(`${value}T00:00:00Z`));
  await client.connect();
  indexesBefore = await indexNames();
  await generateScaleData(client, size, { today: TODAY, passwordHash: "not-a-real-hash" });
}, 120_000);

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe.skipIf(embedded)("db:scale on the tiny size (needs TEST_DATABASE_URL)", () => {
  it("writes the counts asked for, over the municipalities and providers asked for", async () => {
    expect(await count(`SELECT count(*) AS n FROM "Participant"`)).toBe(size.participants);
    expect(await count(`SELECT count(*) AS n FROM "Placement"`)).toBe(size.placements);
    expect(await count(`SELECT count(*) AS n FROM "FollowUp"`)).toBe(size.followUps);
    expect(await count(`SELECT count(*) AS n FROM "StageAssessment"`)).toBe(size.stageAssessments);
    expect(await count(`SELECT count(*) AS n FROM "Provider"`)).toBe(size.providers);
    expect(await count(`SELECT count(DISTINCT "municipalityCode") AS n FROM "Provider"`)).toBe(size.municipalities);
  });

  it("rebuilds every index and constraint it dropped for the load", async () => {
    expect(await indexNames()).toEqual(indexesBefore);
    expect(await count(`SELECT count(*) AS n FROM pg_constraint WHERE conname = 'Placement_no_overlap'`)).toBe(1);
  });

  it("gives no participant two placements at once", async () => {
    const overlaps = await count(`
      SELECT count(*) AS n FROM "Placement" a JOIN "Placement" b ON a."participantId" = b."participantId" AND a.id < b.id
      WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
        AND daterange(a."startDate", COALESCE(a."actualEndDate", a."plannedEndDate"), '[]') && daterange(b."startDate", COALESCE(b."actualEndDate", b."plannedEndDate"), '[]')`);
    expect(overlaps).toBe(0);
  });

  it("sets each participant's current stage to the latest stage assessment", async () => {
    const mismatches = await count(`
      SELECT count(*) AS n FROM "Participant" p
      WHERE p."currentStage" IS DISTINCT FROM (SELECT s.stage FROM "StageAssessment" s WHERE s."participantId" = p.id ORDER BY s.date DESC, s."createdAt" DESC LIMIT 1)`);
    expect(mismatches).toBe(0);
    expect(await count(`SELECT count(DISTINCT "currentStage") AS n FROM "Participant"`)).toBe(3);
    const backward = await count(`
      SELECT count(*) AS n FROM (SELECT stage, lag(stage) OVER (PARTITION BY "participantId" ORDER BY date, "createdAt") AS before FROM "StageAssessment") s
      WHERE s.stage < s.before`);
    const forward = await count(`
      SELECT count(*) AS n FROM (SELECT stage, lag(stage) OVER (PARTITION BY "participantId" ORDER BY date, "createdAt") AS before FROM "StageAssessment") s
      WHERE s.stage > s.before`);
    expect(backward).toBeGreaterThan(0);
    expect(forward).toBeGreaterThan(backward);
  });

  it("fills the stage pre-aggregates in bulk as the trigger would compute them", async () => {
    const stays = await count(`SELECT count(*) AS n FROM "StageAssessment" WHERE "stayEndedOn" IS NOT NULL`);
    expect(stays).toBeGreaterThan(0);
    const mismatches = await count(`
      SELECT count(*) AS n FROM (
        SELECT s."id", s."previousStage", s."stayEndedOn" FROM "StageAssessment" s
      ) stored JOIN (
        SELECT o."id", o.previous, CASE WHEN o.previous IS DISTINCT FROM o.stage THEN
          lead(o.date) OVER (PARTITION BY o."participantId", o.previous IS DISTINCT FROM o.stage ORDER BY o.date, o."createdAt", o.id) END AS ended
        FROM (SELECT id, "participantId", date, "createdAt", stage, lag(stage) OVER (PARTITION BY "participantId" ORDER BY date, "createdAt", id) AS previous FROM "StageAssessment") o
      ) computed ON computed.id = stored.id
      WHERE stored."previousStage" IS DISTINCT FROM computed.previous OR stored."stayEndedOn" IS DISTINCT FROM computed.ended`);
    expect(mismatches).toBe(0);
  });

  it("fills the participant's copies (and the placements' current stage) in bulk as the triggers would", async () => {
    for (const table of ["Placement", "StageAssessment", "Outcome"]) {
      const mismatches = await count(`
        SELECT count(*) AS n FROM "${table}" t JOIN "Participant" p ON p.id = t."participantId"
        WHERE (t."participantGender", t."participantProgramme", t."participantUnitId", t."participantMunicipalityCode", t."participantBirth")
          IS DISTINCT FROM (p.gender, p.programme, p."unitId", p."municipalityCode",
            substr(p."personalIdentityNumber", 1, 8)::int - CASE WHEN p."isCoordinationNumber" THEN 60 ELSE 0 END)`);
      expect({ table, mismatches }).toEqual({ table, mismatches: 0 });
    }
    expect(await count(`SELECT count(*) AS n FROM "Placement" t JOIN "Participant" p ON p.id = t."participantId" WHERE t."participantStage" IS DISTINCT FROM p."currentStage"`)).toBe(0);
    // The triggers are on again after the load.
    expect(await count(`SELECT count(*) AS n FROM pg_trigger WHERE tgname LIKE '%participant_copies' AND tgenabled = 'O'`)).toBe(3);
  });

  it("keeps every period within lib/rules' limits and its follow-up dates as lib/rules' cadence says", async () => {
    const { rows } = await client.query<{
      programme: string; kind: "ARBETSTRANING"; mode: "ON_SITE"; status: string; startDate: Date; plannedEndDate: Date; actualEndDate: Date | null;
      decisionDate: Date; jobCompensableDays: number | null; lastFollowUpOn: Date | null; nextFollowUpDueOn: Date | null; latest: Date | null;
      first: Date | null; last: Date | null;
    }>(`
      SELECT pl.programme, pl.kind, pl.mode, pl.status, pl."startDate", pl."plannedEndDate", pl."actualEndDate", pl."decisionDate",
             p."jobCompensableDays", pl."lastFollowUpOn", pl."nextFollowUpDueOn",
             (SELECT max(f.date) FROM "FollowUp" f WHERE f."placementId" = pl.id AND f.status <> 'DRAFT') AS latest,
             (SELECT min(f.date) FROM "FollowUp" f WHERE f."placementId" = pl.id) AS first,
             (SELECT max(f.date) FROM "FollowUp" f WHERE f."placementId" = pl.id) AS last
      FROM "Placement" pl JOIN "Participant" p ON p.id = pl."participantId"`);
    expect(rows).toHaveLength(size.placements);
    for (const row of rows) {
      const start = iso(row.startDate)!;
      const limit = maxPeriod({ programme: row.programme, kind: row.kind, startDate: start, decisionDate: iso(row.decisionDate)!, jobCompensableDays: row.jobCompensableDays ?? undefined });
      expect(limit.allowed && iso(row.plannedEndDate)! <= limit.lastDay, `${row.programme} ${row.kind} ${start}–${iso(row.plannedEndDate)}`).toBe(true);
      expect(iso(row.lastFollowUpOn)).toBe(iso(row.latest));
      const running = row.status === "ACTIVE" || row.status === "PLANNED";
      const due = running ? nextFollowUpDue({ startDate: start, kind: row.kind, mode: row.mode, lastFollowUpDate: iso(row.lastFollowUpOn), decisionDate: iso(row.decisionDate)! }) : null;
      expect(iso(row.nextFollowUpDueOn)).toBe(due);
      if (row.first) {
        expect(iso(row.first)! >= start).toBe(true);
        expect(iso(row.last)! <= (iso(row.actualEndDate) ?? TODAY)).toBe(true);
      }
    }
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual(["ACTIVE", "CANCELLED", "ENDED", "PLANNED"]);
  });

  it("writes valid personnummer and samordningsnummer from Skatteverket's test series, and rare protected identities", async () => {
    const { rows } = await client.query<{ number: string; coordination: boolean }>(
      `SELECT "personalIdentityNumber" AS number, "isCoordinationNumber" AS coordination FROM "Participant"`,
    );
    for (const { number, coordination } of rows) {
      const parsed = parsePersonalIdentity(number);
      expect(parsed, number).not.toBeNull();
      expect(parsed!.isCoordinationNumber).toBe(coordination);
      expect(Number(number.slice(8, 11))).toBeGreaterThanOrEqual(980);
    }
    expect(await count(`SELECT count(*) AS n FROM "Participant" WHERE "protectedIdentity"`)).toBeLessThan(size.participants / 20);
  });

  it("gives every unit case officers and a coordinator with a grant for it, a national and a municipal coordinator, and every provider an anordnare", async () => {
    expect(await count(`SELECT count(*) AS n FROM "Unit" u WHERE NOT EXISTS (SELECT 1 FROM "User" x WHERE x."unitId" = u.id AND x.role = 'HANDLAGGARE')`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Unit" u WHERE NOT EXISTS (SELECT 1 FROM "User" x WHERE x."unitId" = u.id AND x.role = 'KOORDINATOR')`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Provider" p WHERE NOT EXISTS (SELECT 1 FROM "User" x WHERE x."providerId" = p.id AND x.role = 'ANORDNARE')`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Participant" p JOIN "User" x ON x.id = p."responsibleOfficerId" WHERE x."unitId" <> p."unitId"`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Unit" u WHERE NOT EXISTS (SELECT 1 FROM "CoordinatorScope" s JOIN "User" x ON x.id = s."userId" WHERE s."unitId" = u.id AND x.role = 'KOORDINATOR')`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "CoordinatorScope" WHERE national`)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM "CoordinatorScope" WHERE "municipalityCode" IS NOT NULL`)).toBe(1);
  });

  it("refuses a database that already holds data", async () => {
    await expect(generateScaleData(client, size, { today: TODAY, passwordHash: "x" })).rejects.toBeInstanceOf(NotEmptyError);
  });
});
