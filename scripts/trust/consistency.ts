// What must hold in the database after a load or fault run, asked in SQL. Each check returns the problems it
// found in Swedish; an empty list means the data is whole.
import pg from "pg";
import type { Sample } from "./load-driver";
import type { LoadWorld } from "./load-world";

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

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
              (SELECT count(*) FROM "AuditEvent" a WHERE a.entity = 'Placement' AND a."entityId" = p.id::text AND a.action = 'UPDATE') AS audits
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
  } finally {
    await client.end();
  }
  return problems;
}
