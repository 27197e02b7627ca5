import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startFollowUp } from "@/lib/server/follow-ups/drafts";
import { reviewFollowUp } from "@/lib/server/follow-ups/review";
import { submitFollowUp } from "@/lib/server/follow-ups/submit";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { aSubmission, createFollowUpWorld, createRunningPlacement } from "../support/follow-up-factories";

// The stage pre-aggregates (previousStage, stayEndedOn; migration dashboard_pre_aggregates) that the dashboard's flows and
// time in stage read: after each kind of write they must equal what the participant's history gives.

const db = createPrismaClient(process.env.DATABASE_URL!);
const TODAY = "2026-03-02";
const previousToday = process.env.STEGVIS_TODAY;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

let world: Awaited<ReturnType<typeof createFollowUpWorld>>;
beforeAll(async () => {
  process.env.STEGVIS_TODAY = TODAY;
  world = await createFollowUpWorld(db);
});
afterAll(async () => {
  if (previousToday === undefined) delete process.env.STEGVIS_TODAY;
  else process.env.STEGVIS_TODAY = previousToday;
  await db.$disconnect();
});

type Row = { id: string; stage: string; date: Date; createdAt: Date; previousStage: string | null; stayEndedOn: Date | null };

/** The definitions, recomputed in TypeScript from the history: the stage before, and for a stay's first assessment the next other stage's date. */
function recompute(rows: Row[]) {
  const ordered = [...rows].sort((a, b) => a.date.getTime() - b.date.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  return ordered.map((row, n) => {
    const previousStage = n === 0 ? null : ordered[n - 1]!.stage;
    const entering = previousStage !== row.stage;
    const next = ordered.slice(n + 1).find((later) => later.stage !== row.stage);
    return { id: row.id, date: iso(row.date), stage: row.stage, previousStage, stayEndedOn: entering && next ? iso(next.date) : null };
  });
}

const history = (participantId: string) => db.stageAssessment.findMany({ where: { participantId } });
const stored = (rows: Row[]) => recompute(rows).map((r) => ({ ...r, ...(({ previousStage, stayEndedOn }) => ({ previousStage, stayEndedOn: iso(stayEndedOn) }))(rows.find((x) => x.id === r.id)!) }));

async function expectConsistent(participantId: string) {
  const rows = await history(participantId);
  expect(stored(rows)).toEqual(recompute(rows));
  return recompute(rows).map(({ date, stage, previousStage, stayEndedOn }) => [date, stage, previousStage, stayEndedOn]);
}

async function aSubmitted() {
  const { placement, participant } = await createRunningPlacement(db, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id });
  const started = await startFollowUp(world.host, { placementId: placement.id });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const submitted = await submitFollowUp(world.host, aSubmission(started.value.id, 1));
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  return { draftId: started.value.id, participant };
}

describe("the stored stage pre-aggregates", () => {
  it("follow a review that moves back with an assessment dated before the latest, and later edits and deletes", async () => {
    const { draftId, participant } = await aSubmitted();
    const assess = (date: string, stage: "KOMMA_IGANG" | "PA_VAG" | "NASTAN_FRAMME") =>
      db.stageAssessment.create({ data: { participantId: participant.id, stage, date: day(date), assessedById: world.officer.id, reason: "Test" } });
    await assess("2026-01-10", "KOMMA_IGANG");
    await assess("2026-02-01", "NASTAN_FRAMME");
    const latest = await assess("2026-03-01", "NASTAN_FRAMME");
    expect(await expectConsistent(participant.id)).toEqual([
      ["2026-01-10", "KOMMA_IGANG", null, "2026-02-01"],
      ["2026-02-01", "NASTAN_FRAMME", "KOMMA_IGANG", null],
      ["2026-03-01", "NASTAN_FRAMME", "NASTAN_FRAMME", null],
    ]);

    // The review accepts "På väg" dated 2026-02-27: a move back, inserted before the latest assessment.
    const reviewed = await reviewFollowUp(world.officer, { followUpId: draftId, version: 2, decision: "ACCEPT", reason: "Behöver mer tid", date: "2026-02-27" });
    expect(reviewed).toMatchObject({ ok: true });
    expect(await expectConsistent(participant.id)).toEqual([
      ["2026-01-10", "KOMMA_IGANG", null, "2026-02-01"],
      ["2026-02-01", "NASTAN_FRAMME", "KOMMA_IGANG", "2026-02-27"],
      ["2026-02-27", "PA_VAG", "NASTAN_FRAMME", "2026-03-01"],
      ["2026-03-01", "NASTAN_FRAMME", "PA_VAG", null],
    ]);

    await db.stageAssessment.update({ where: { id: latest.id }, data: { date: day("2026-01-20") } });
    expect(await expectConsistent(participant.id)).toEqual([
      ["2026-01-10", "KOMMA_IGANG", null, "2026-01-20"],
      ["2026-01-20", "NASTAN_FRAMME", "KOMMA_IGANG", "2026-02-27"],
      ["2026-02-01", "NASTAN_FRAMME", "NASTAN_FRAMME", null],
      ["2026-02-27", "PA_VAG", "NASTAN_FRAMME", null],
    ]);

    await db.stageAssessment.delete({ where: { id: latest.id } });
    expect(await expectConsistent(participant.id)).toEqual([
      ["2026-01-10", "KOMMA_IGANG", null, "2026-02-01"],
      ["2026-02-01", "NASTAN_FRAMME", "KOMMA_IGANG", "2026-02-27"],
      ["2026-02-27", "PA_VAG", "NASTAN_FRAMME", null],
    ]);
  });

  // PGlite (the embedded database) runs one transaction at a time, so two writers cannot race there.
  it.skipIf(inject("databaseEmbedded"))("stay right when two transactions add assessments for the same participant at once", async () => {
    const { participant } = await createRunningPlacement(db, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id });
    const insert = `INSERT INTO "StageAssessment" ("id", "participantId", "stage", "date", "assessedById", "reason") VALUES (gen_random_uuid(), $1, $2::"Stage", $3::date, $4, 'Test')`;
    const values = (date: string, stage: string) => [participant.id, stage, date, world.officer.id];
    const [first, second] = [new pg.Client({ connectionString: process.env.DATABASE_URL }), new pg.Client({ connectionString: process.env.DATABASE_URL })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query(insert, values("2026-01-01", "KOMMA_IGANG"));
      await first.query("BEGIN");
      await first.query(insert, values("2026-02-01", "PA_VAG"));
      const secondPid = (await second.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      const secondDone = second.query(insert, values("2026-03-01", "NASTAN_FRAMME"));
      // The second writer must be inside its statement, waiting for the first, before the first commits.
      let waiting = false;
      for (let tries = 0; tries < 200 && !waiting; tries += 1) {
        waiting = (await first.query("SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = $1", [secondPid])).rows[0]?.waiting === true;
        if (!waiting) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(waiting).toBe(true);
      await first.query("COMMIT");
      await secondDone;
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await expectConsistent(participant.id)).toEqual([
      ["2026-01-01", "KOMMA_IGANG", null, "2026-02-01"],
      ["2026-02-01", "PA_VAG", "KOMMA_IGANG", "2026-03-01"],
      ["2026-03-01", "NASTAN_FRAMME", "PA_VAG", null],
    ]);
  });

  it("hold for every participant in the database after the other tests' writes, and a stay cannot end before it began", async () => {
    const mismatches = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT "previousStage", "stayEndedOn", lag("stage") OVER w AS previous, "stage", "participantId", "date", "createdAt", "id" FROM "StageAssessment" WINDOW w AS (PARTITION BY "participantId" ORDER BY "date", "createdAt", "id")
      ) s WHERE s."previousStage" IS DISTINCT FROM s.previous`;
    expect(mismatches[0]!.n).toBe(0);
    const { id } = await db.stageAssessment.findFirstOrThrow({ select: { id: true } });
    await expect(db.$executeRaw`UPDATE "StageAssessment" SET "stayEndedOn" = DATE '1990-01-01' WHERE "id" = ${id}::uuid`).rejects.toThrow(/StageAssessment_stay_shape/);
  });
});
