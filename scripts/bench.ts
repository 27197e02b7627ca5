// npm run bench — on the scale data (npm run db:scale), each query as the app runs it against hand-written SQL.
//   --varv=N          measured rounds per case (default 40)
//   --uppvarmning=N   unmeasured rounds first (default 5)
// Acts as real users of the scale database: the national coordinator, the busiest unit's officer, the busiest provider's anordnare.
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { today } from "../lib/server/clock";
import { readDatabaseUrl } from "./config";
import { findActors } from "./bench/actors";
import { benchCases, WHOLE_DASHBOARD } from "./bench/cases";
import { alternate } from "./bench/measure";
import { table, verdicts, verdictText, type Result } from "./bench/report";

const { values } = parseArgs({ options: { varv: { type: "string", default: "40" }, uppvarmning: { type: "string", default: "5" } } });
const rounds = Number(values.varv);
const warmup = Number(values.uppvarmning);
const url = readDatabaseUrl(process.env);
if (!url || !Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error("Ange skaldatabasen: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/stegvis_scale npm run bench [-- --varv=40 --uppvarmning=5]");
  process.exit(1);
}

const client = new pg.Client({ connectionString: url });
await client.connect();
const actors = await findActors(client);
const { rows } = await client.query<{ participants: string; placements: string; follow_ups: string }>(
  `SELECT (SELECT count(*) FROM "Participant") AS participants, (SELECT count(*) FROM "Placement") AS placements, (SELECT count(*) FROM "FollowUp") AS follow_ups`,
);
await client.end();

const pool = new pg.Pool({ connectionString: url, max: 10 });
const day = today();
console.log(`Data: ${Number(rows[0]!.participants).toLocaleString("sv-SE")} deltagare, ${Number(rows[0]!.placements).toLocaleString("sv-SE")} placeringar, ${Number(rows[0]!.follow_ups).toLocaleString("sv-SE")} uppföljningar. Dag ${day}.`);
console.log(`Maskin: ${os.cpus().length} kärnor, belastning ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min). ${rounds} varv efter ${warmup} uppvärmning, app och SQL växelvis.\n`);

const results: Result[] = [];
for (const benchCase of benchCases({ actors, pool, today: day })) {
  console.error(`mäter ${benchCase.name}`);
  results.push({ case: benchCase, timings: await alternate(benchCase.app, benchCase.sql, rounds, warmup) });
}
console.log(table(results));
console.log(`\nMål (p50 och p95 i millisekunder; app ÷ SQL jämför medianerna):\n${verdictText(verdicts(results, WHOLE_DASHBOARD))}`);
console.log(`\nBelastning efteråt: ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}.`);
await pool.end();
process.exit(0);
