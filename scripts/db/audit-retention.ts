// Pruning the audit log after its retention time: the owner's job alone. The app's role can neither
// delete events nor lift the trigger that forbids it (ADR 0008), so this runs with the owner's connection.
import pg from "pg";
import { AUDIT_RETENTION } from "../../lib/rules";

export type PruneResult = { before: Date; count: number; dryRun: boolean };

/** The instant `years` years before `now`; events older than it may go. Never fewer than AUDIT_RETENTION.minYears. */
export function auditCutoff(now: Date, years: number): Date {
  if (!Number.isInteger(years) || years < AUDIT_RETENTION.minYears) {
    throw new Error(`granskningsloggen sparas minst ${AUDIT_RETENTION.minYears} år (fick ${years}).`);
  }
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/**
 * Deletes audit events older than `before`, as the owner, in one transaction: the append-only trigger
 * is lifted for this delete only (ALTER TABLE locks the table, so no other session writes meanwhile)
 * and put back before commit; the prune itself is logged. A dry run only counts.
 */
export async function pruneAuditEvents(ownerUrl: string, options: { before: Date; dryRun: boolean; operator: string }): Promise<PruneResult> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const counted = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "at" < $1`, [options.before]);
    const count = counted.rows[0]!.n;
    if (!options.dryRun && count > 0) {
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update"`);
      await client.query(`DELETE FROM "AuditEvent" WHERE "at" < $1`, [options.before]);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update"`);
    }
    await client.query(`INSERT INTO "AuditEvent" ("action", "entity", "changes") VALUES ($1, 'AuditEvent', $2)`, [
      options.dryRun ? "READ" : "DELETE",
      JSON.stringify({ prune: true, dryRun: options.dryRun, before: options.before.toISOString(), count, operator: options.operator }),
    ]);
    await client.query("COMMIT");
    return { before: options.before, count, dryRun: options.dryRun };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
