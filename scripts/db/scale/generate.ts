// Fills an empty, migrated Stegvis database with the synthetic data set, in the database and in one transaction.
import type pg from "pg";
import { FUNCTIONS, type Statement, vocabulary } from "./helpers";
import { dropSecondary } from "./indexes";
import { assertPlannable, planStatements } from "./plan";
import type { ScaleSize } from "./sizes";
import { tableLoads } from "./tables";

export type ScaleOptions = {
  /** The day the history ends, "YYYY-MM-DD" (today in Sweden for the command). */
  today: string;
  /** The argon2 hash every generated user gets. */
  passwordHash: string;
  /** Called after each step with the weight done so far, the whole weight and what runs next. */
  onProgress?: (done: number, total: number, label: string) => void;
};

type Step = { label: string; weight: number; run: () => Promise<unknown> };

export class NotEmptyError extends Error {}

/**
 * Plans the data in temporary tables, drops the secondary indexes and foreign keys of the tables it fills,
 * inserts every table with one INSERT … SELECT and rebuilds what it dropped (which checks every constraint,
 * the no-overlap rule included), all or nothing; then vacuums and analyzes what it filled.
 */
export async function generateScaleData(client: pg.Client, size: ScaleSize, options: ScaleOptions): Promise<void> {
  assertPlannable(size);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new RangeError(`today måste vara ett datum ÅÅÅÅ-MM-DD (fick ${options.today}).`);
  const loads = tableLoads(size, options.today, options.passwordHash);
  const tables = loads.map((l) => l.table);
  const rowsOf = (table: string) => loads.find((l) => l.table === table)?.rows ?? 0;
  const query = (s: Statement) => client.query(s.text, s.values);

  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    await client.query("SET LOCAL work_mem = '64MB'");
    const { rows } = await client.query<{ filled: boolean }>(`SELECT EXISTS (SELECT 1 FROM "Participant") OR EXISTS (SELECT 1 FROM "User") AS filled`);
    if (rows[0]!.filled) throw new NotEmptyError("databasen innehåller redan data. Skaldata läggs bara i en tom, migrerad databas (använd --ny för att skapa om den).");

    const planWeight = size.placements / 4;
    const steps: Step[] = [
      ...[...FUNCTIONS, ...vocabulary(size)].map((s) => ({ label: "förbereder", weight: 0, run: () => query(s) })),
      ...planStatements(size, options.today).map((s) => ({ label: `planerar ${/TEMP TABLE (\w+)/.exec(s.text)?.[1] ?? ""}`.trim(), weight: planWeight, run: () => query(s) })),
    ];
    const run = async (list: Step[], doneBefore: number, total: number) => {
      let done = doneBefore;
      for (const step of list) {
        options.onProgress?.(done, total, step.label);
        await step.run().catch((error: unknown) => {
          throw new Error(`${step.label}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        });
        done += step.weight;
      }
      return done;
    };
    const loadSteps: Step[] = loads.flatMap((load) => {
      if (!load.slices) return [{ label: load.table, weight: load.rows, run: () => query(load.statement) }];
      const { count, of } = load.slices;
      const width = Math.ceil(of / count);
      return Array.from({ length: count }, (_, n) => ({
        label: `${load.table} ${n + 1}/${count}`,
        weight: load.rows / count,
        run: () => client.query(load.statement.text, [n * width, (n + 1) * width]),
      }));
    });
    const indexWeight = (table: string) => rowsOf(table) / 3;
    // The whole weight is known only once the dropped indexes are; the plan's share is estimated up front.
    const estimate = steps.reduce((s, x) => s + x.weight, 0) + loadSteps.reduce((s, x) => s + x.weight, 0);
    let done = await run(steps, 0, estimate * 1.5);
    const deferred = await dropSecondary(client, tables);
    const restoreSteps: Step[] = deferred.map((d) => ({ label: `${d.table}: ${d.name}`, weight: indexWeight(d.table), run: () => query(d.create) }));
    // VACUUM after the commit (it cannot run in a transaction): statistics for the planner, and the visibility
    // map that index-only scans need, as autovacuum would leave a table in use.
    const vacuumSteps: Step[] = tables.map((t) => ({ label: `VACUUM ${t}`, weight: rowsOf(t) / 10, run: () => client.query(`VACUUM (ANALYZE) "${t}"`) }));
    const total = done + [...loadSteps, ...restoreSteps, ...vacuumSteps].reduce((s, x) => s + x.weight, 0);
    // The load fills the stage pre-aggregates and the participant's copies itself (tables.ts), in bulk; the
    // triggers that keep them for every other writer would only recompute the same values, row by row.
    const bulkFilled = [
      ["StageAssessment", "StageAssessment_stays_insert"],
      ["StageAssessment", "StageAssessment_participant_copies"],
      ["Placement", "Placement_participant_copies"],
      ["Outcome", "Outcome_participant_copies"],
    ];
    for (const [table, trigger] of bulkFilled) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${trigger}"`);
    done = await run(loadSteps, done, total);
    for (const [table, trigger] of bulkFilled) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER "${trigger}"`);
    done = await run(restoreSteps, done, total);
    options.onProgress?.(done, total, "sparar");
    await client.query("COMMIT");
    done = await run(vacuumSteps, done, total);
    options.onProgress?.(total, total, "klart");
  } catch (error) {
    // After COMMIT there is no transaction to roll back; the warning PostgreSQL gives then is harmless.
    await client.query("ROLLBACK");
    throw error;
  }
}
