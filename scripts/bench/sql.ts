// The best hand-written SQL for the same numbers the app's services return: the yardstick for app ÷ SQL.
import type pg from "pg";
import { CASELOAD_PAGE_SIZE, type CaseloadFilter } from "../../lib/validation/caseload-filter";
import type { SessionUser } from "../../lib/server/session-user";

/** listCaseload's page for the filters the bench uses (whose, a name or personnummer search), with its audit events. */
export async function caseloadSql(pool: pg.Pool, user: SessionUser, filter: CaseloadFilter) {
  const values: unknown[] = [user.unitId];
  const where = [`p."unitId" = $1`];
  if (filter.who === "mina") where.push(`p."responsibleOfficerId" = $${values.push(user.id)}`);
  if (filter.search?.by === "name") {
    for (const word of filter.search.words) {
      const n = values.push(`%${word.replace(/[\\%_]/g, "\\$&")}%`);
      where.push(`(p."firstName" ILIKE $${n} OR p."lastName" ILIKE $${n})`);
    }
  }
  if (filter.search?.by === "number") {
    const n = values.push(filter.search.prefixes);
    where.push(`EXISTS (SELECT 1 FROM unnest($${n}::text[]) prefix WHERE p."personalIdentityNumber" >= prefix::bpchar AND p."personalIdentityNumber" < (prefix || 'a')::bpchar)`);
  }
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const total = await client.query(`SELECT count(*)::int AS n FROM "Participant" p WHERE ${where.join(" AND ")}`, values);
    const page = await client.query<{ id: string }>(
      `SELECT p.id, p."personalIdentityNumber", p."firstName", p."lastName", p.programme, p."currentStage", p."protectedIdentity",
              cur.kind, cur.status, cur."startDate", cur."plannedEndDate", cur.name,
              (SELECT count(*) FROM "Placement" e WHERE e."participantId" = p.id AND e.status = 'ENDED')::int AS ended
       FROM "Participant" p
       LEFT JOIN LATERAL (
         SELECT x.kind, x.status, x."startDate", x."plannedEndDate", v.name FROM "Placement" x JOIN "Provider" v ON v.id = x."providerId"
         WHERE x."participantId" = p.id AND x.status IN ('PLANNED', 'ACTIVE') ORDER BY x.status DESC, x."startDate" LIMIT 1
       ) cur ON true
       WHERE ${where.join(" AND ")}
       ORDER BY p."lastName", p."firstName", p.id LIMIT ${CASELOAD_PAGE_SIZE}`,
      values,
    );
    await client.query(
      `INSERT INTO "AuditEvent" ("actorId", "actorRole", action, entity, "entityId", changes)
       SELECT $1, $2, 'READ', 'Participant', id, '{"view":"caseload"}' FROM unnest($3::text[]) id`,
      [user.id, user.role, page.rows.map((r) => r.id)],
    );
    await client.query("COMMIT");
    return { total: total.rows[0], rows: page.rows };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
