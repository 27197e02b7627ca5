// What must hold in the database after a load or fault run, asked in SQL. Each check returns the problems it
// found in Swedish; an empty list means the data is whole.
import pg from "pg";
import { nextFollowUpDue } from "../../lib/rules/follow-up";
import type { Sample } from "./load-driver";
import type { LoadWorld } from "./load-world";
import { addDaysIso as addDays } from "../../lib/rules/dates";


/**
 * `uncertain`: requests whose answer never came (the app or the database went away mid-request). Their
 * writes may or may not have landed, but each whole or not at all.
 */
export async function checkConsistency(url: string, world: LoadWorld, samples: readonly Sample[]): Promise<string[]> {
  const problems: string[] = [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const uncertain = (scenario: string) => samples.filter((s) => s.scenario === scenario && (s.answer === "unreachable" || s.answer === "error")).length;
    const q = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];

    const [overlaps] = await q<{ n: string }>(`
      SELECT count(*) AS n FROM "Placement" a JOIN "Placement" b
        ON a."participantId" = b."participantId" AND a.id < b.id AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
       AND daterange(a."startDate", coalesce(a."actualEndDate", a."plannedEndDate"), '[]') && daterange(b."startDate", coalesce(b."actualEndDate", b."plannedEndDate"), '[]')`);
    if (Number(overlaps!.n) > 0) problems.push(`${overlaps!.n} par av placeringar överlappar för samma deltagare.`);

    // Registrations: every accepted one is there, exactly as sent, and nothing else was written.
    const rows = await q<{ key: string }>(
      `SELECT "participantId" || '|' || to_char("startDate", 'YYYY-MM-DD') || '|' || to_char("plannedEndDate", 'YYYY-MM-DD') || '|' || "decidedById" AS key
         FROM "Placement" WHERE "participantId" = ANY($1::uuid[])`,
      [world.participants],
    );
    const stored = new Set(rows.map((r) => r.key));
    const accepted = samples.filter((s) => s.scenario === "registerPlacement" && s.answer === "done");
    const missing = accepted.filter((s) => !stored.has(`${s.fields.participantId}|${s.fields.startDate}|${s.fields.plannedEndDate}|${s.officerId}`));
    if (missing.length > 0) problems.push(`${missing.length} godkända registreringar saknas i databasen.`);
    if (rows.length < accepted.length || rows.length > accepted.length + uncertain("registerPlacement")) {
      problems.push(`${rows.length} placeringar registrerades, men ${accepted.length} godkändes (och ${uncertain("registerPlacement")} fick inget svar).`);
    }

    // Nothing half-written: every placement has its REGISTERED event and its audit event; every assessment made inline has its placement.
    const [halfPlacements] = await q<{ n: string }>(
      `SELECT count(*) AS n FROM "Placement" p WHERE p."participantId" = ANY($1::uuid[]) AND (
         NOT EXISTS (SELECT 1 FROM "PlacementEvent" e WHERE e."placementId" = p.id AND e.kind = 'REGISTERED')
         OR NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'Placement' AND a."entityId" = p.id::text AND a.action = 'CREATE'))`,
      [world.participants],
    );
    if (Number(halfPlacements!.n) > 0) problems.push(`${halfPlacements!.n} placeringar saknar sin händelse eller sin loggpost.`);
    const [orphanAssessments] = await q<{ n: string }>(
      `SELECT count(*) AS n FROM "IndividualAssessment" i WHERE i."participantId" = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM "Placement" p WHERE p."assessmentId" = i.id)`,
      [world.participants],
    );
    if (Number(orphanAssessments!.n) > 0) problems.push(`${orphanAssessments!.n} bedömningar blev kvar utan sin placering.`);

    // Extensions: no lost update. The version, the events, the audit and the end date all count the same accepted changes.
    const extended = await q<{ id: string; version: number; end: string; events: string; audits: string }>(
      `SELECT p.id, p.version, to_char(p."plannedEndDate", 'YYYY-MM-DD') AS end,
              (SELECT count(*) FROM "PlacementEvent" e WHERE e."placementId" = p.id AND e.kind = 'EXTENDED') AS events,
              (SELECT count(*) FROM "AuditEvent" a WHERE a.entity = 'Placement' AND a."entityId" = p.id::text AND a.action = 'UPDATE'
                  AND a.changes->>'change' IS DISTINCT FROM 'FOLLOW_UP_SUBMITTED') AS audits
         FROM "Placement" p WHERE p.id = ANY($1::uuid[])`,
      [world.placements.map((p) => p.id)],
    );
    for (const p of extended) {
      const initial = world.placements.find((w) => w.id === p.id)!;
      const done = samples.filter((s) => s.scenario === "extendPlacement" && s.answer === "done" && s.fields.placementId === p.id).length;
      const changes = Number(p.events);
      if (p.version !== 1 + changes || Number(p.audits) !== changes || p.end !== addDays(initial.plannedEndDate, changes)) {
        problems.push(`Placering ${p.id}: version ${p.version}, ${changes} förlängningar, ${p.audits} loggposter, slut ${p.end}: de stämmer inte med varandra.`);
      }
      if (changes < done) problems.push(`Placering ${p.id}: ${done} förlängningar godkändes men bara ${changes} finns (en ändring gick förlorad).`);
    }
    const extendAccepted = samples.filter((s) => s.scenario === "extendPlacement" && s.answer === "done").length;
    const extendStored = extended.reduce((sum, p) => sum + Number(p.events), 0);
    if (extendStored > extendAccepted + uncertain("extendPlacement")) problems.push(`${extendStored} förlängningar finns, men bara ${extendAccepted} godkändes.`);

    problems.push(...(await checkFollowUps(q, world, samples, uncertain("followUp"))));
  } finally {
    await client.end();
  }
  return problems;
}

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/**
 * Follow-ups: exactly one submitted version per accepted submit, each whole (its content, its submit time, its
 * audit event); at most one draft per placement; and each placement's last and next follow-up dates agree with
 * its latest submitted follow-up, whatever the officers' extensions did to it meanwhile.
 */
async function checkFollowUps(q: Query, world: LoadWorld, samples: readonly Sample[], uncertain: number): Promise<string[]> {
  const problems: string[] = [];
  const placementIds = world.placements.map((p) => p.id);
  const submitted = await q<{ id: string; whole: boolean; audited: boolean }>(
    `SELECT f.id, (f."submittedAt" IS NOT NULL AND f.attendance IS NOT NULL AND f.tasks IS NOT NULL AND f.version = 2) AS whole,
            EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.entity = 'FollowUp' AND a."entityId" = f.id::text AND a.action = 'UPDATE'
                     AND a.changes->'status'->>'after' = 'SUBMITTED') AS audited
       FROM "FollowUp" f WHERE f."placementId" = ANY($1::uuid[]) AND f.status <> 'DRAFT'`,
    [placementIds],
  );
  // A double submit of one draft by the same host answers "done" twice for one follow-up: count follow-ups, not answers.
  const accepted = new Set(samples.filter((s) => s.scenario === "followUp" && s.answer === "done" && s.fields.followUpId).map((s) => s.fields.followUpId!));
  const stored = new Set(submitted.map((f) => f.id));
  const lost = [...accepted].filter((id) => !stored.has(id));
  if (lost.length > 0) problems.push(`${lost.length} godkända uppföljningar är inte inskickade i databasen.`);
  if (stored.size > accepted.size + uncertain) problems.push(`${stored.size} uppföljningar är inskickade, men bara ${accepted.size} godkändes (och ${uncertain} fick inget svar).`);
  const half = submitted.filter((f) => !f.whole || !f.audited);
  if (half.length > 0) problems.push(`${half.length} inskickade uppföljningar saknar innehåll, tid, version eller loggpost (halvt skrivna).`);

  const [drafts] = await q<{ n: string }>(
    `SELECT count(*) AS n FROM (SELECT "placementId" FROM "FollowUp" WHERE "placementId" = ANY($1::uuid[]) AND status = 'DRAFT' GROUP BY "placementId" HAVING count(*) > 1) d`,
    [placementIds],
  );
  if (Number(drafts!.n) > 0) problems.push(`${drafts!.n} placeringar har mer än ett öppet utkast.`);

  const dates = await q<{ id: string; start: string; decision: string; kind: string; mode: string; last: string | null; next: string | null; latest: string | null }>(
    `SELECT p.id, to_char(p."startDate", 'YYYY-MM-DD') AS start, to_char(p."decisionDate", 'YYYY-MM-DD') AS decision, p.kind, p.mode,
            to_char(p."lastFollowUpOn", 'YYYY-MM-DD') AS last, to_char(p."nextFollowUpDueOn", 'YYYY-MM-DD') AS next,
            (SELECT to_char(max(f.date), 'YYYY-MM-DD') FROM "FollowUp" f WHERE f."placementId" = p.id AND f.status IN ('SUBMITTED', 'REVIEWED')) AS latest
       FROM "Placement" p WHERE p.id = ANY($1::uuid[])`,
    [placementIds],
  );
  for (const p of dates) {
    if (p.latest === null) continue;
    const due = nextFollowUpDue({ startDate: p.start, decisionDate: p.decision, kind: p.kind as never, mode: p.mode as never, lastFollowUpDate: p.latest });
    if (p.last !== p.latest || p.next !== due) {
      problems.push(`Placering ${p.id}: senaste uppföljning ${p.last ?? "ingen"} och nästa ${p.next ?? "ingen"}, men den senast inskickade är från ${p.latest} (nästa borde vara ${due}).`);
    }
  }
  return problems;
}
