// npm run db:scale — fills a PostgreSQL database (DATABASE_URL) with national-scale synthetic data.
//   --storlek=tiny   a few hundred rows (what the integration test runs)
//   --ny             drops and recreates the database first
//   --tider          prints how long each step took
// SCALE_PASSWORD sets every generated user's password (otherwise a random one nobody knows).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import pg from "pg";
import { hashPassword } from "../../lib/server/password";
import { stockholmDay } from "../../lib/format/date";
import { applyMigrations } from "./migrations";
import { migrationErrorLine } from "./migration-error";
import { generateScaleData } from "./scale/generate";
import { isSizeName, SIZES } from "./scale/sizes";
import { scaleTarget } from "./scale/target";

async function recreate(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { storlek: { type: "string", default: "national" }, ny: { type: "boolean", default: false }, tider: { type: "boolean", default: false } } });
  if (!isSizeName(values.storlek)) throw new Error(`okänd storlek "${values.storlek}"; välj ${Object.keys(SIZES).join(" eller ")}.`);
  const size = SIZES[values.storlek];
  const url = scaleTarget(process.env);
  const started = Date.now();
  if (values.ny) await recreate(url);
  await applyMigrations(url);
  const passwordHash = await hashPassword(process.env.SCALE_PASSWORD || randomBytes(24).toString("base64url"));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const bar = new SingleBar({ format: "Skaldata |{bar}| {percentage}% | {duration_formatted} | {step}", hideCursor: true, etaBuffer: 50 });
  bar.start(1, 0, { step: "förbereder" });
  const timings: { step: string; ms: number }[] = [];
  let previous = { step: "förbereder", at: Date.now() };
  try {
    await generateScaleData(client, size, {
      today: stockholmDay(),
      passwordHash,
      onProgress: (done, total, step) => {
        const now = Date.now();
        timings.push({ step: previous.step, ms: now - previous.at });
        previous = { step, at: now };
        bar.setTotal(Math.round(total));
        bar.update(Math.round(done), { step });
      },
    });
    bar.stop();
    const counts = await client.query<{ table: string; rows: string }>(
      `SELECT t AS table, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', t), false, true, '')))[1]::text AS rows
       FROM unnest(ARRAY['Participant', 'Placement', 'FollowUp', 'StageAssessment', 'Provider', 'Unit', 'User']) t`,
    );
    if (values.tider) {
      const byStep = new Map<string, number>();
      for (const { step, ms } of timings) byStep.set(step.replace(/ \d+\/\d+$/, ""), (byStep.get(step.replace(/ \d+\/\d+$/, "")) ?? 0) + ms);
      for (const [step, ms] of [...byStep].sort((a, b) => b[1] - a[1])) console.log(`${(ms / 1000).toFixed(1).padStart(7)} s  ${step}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Klart på ${seconds} s: ${counts.rows.map((r) => `${r.table} ${Number(r.rows).toLocaleString("sv-SE")}`).join(", ")}.`);
  } finally {
    bar.stop();
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`\nSkaldata kunde inte skapas: ${error instanceof Error && !error.message.includes("\n") ? error.message : migrationErrorLine(error)}`);
    process.exit(1);
  },
);
