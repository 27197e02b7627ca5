// npm run load: 50 case officers (LOAD_USERS) register placements for the same few participants and extend the
// same placements while 10 providers' users (LOAD_HOSTS) follow those placements up (draft → submit), through the built app's server actions over loopback HTTP, for 60 seconds (LOAD_SECONDS).
// Against a PostgreSQL server of the run's own (or TEST_DATABASE_URL's server when no binaries are found), with
// the demo data. Afterwards SQL checks that nothing overlaps, no update was lost, every accepted request's row
// is there, and the only refusals were the expected conflicts. Prints throughput and p95 (goal: ≤ 100 ms).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { today } from "../lib/server/clock";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { ensureBuild } from "./build-state";
import { startApp } from "./trust/app-server";
import { checkConsistency } from "./trust/consistency";
import { drive, percentile, signInOfficers, summarise } from "./trust/load-driver";
import { prepareLoadWorld } from "./trust/load-world";
import { postgresBinaries, startScratchCluster } from "./trust/scratch-cluster";

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PARTICIPANTS = Number(process.env.LOAD_PARTICIPANTS ?? 300);
const HOSTS = Number(process.env.LOAD_HOSTS ?? 10);
const P95_GOAL_MS = 100;

async function main() {
  await ensureBuild();
  const cluster = postgresBinaries() ? await startScratchCluster() : null;
  const scratch = cluster ? null : await createScratchDatabase("stegvis_load");
  const url = cluster?.url ?? scratch!.url;
  const day = today();
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  try {
    console.log(`Förbereder databasen (${cluster ? "egen PostgreSQL-server" : "scratch-databas"}) med demodata och ${USERS} handläggare …`);
    const world = await prepareLoadWorld(url, { officers: USERS, participants: PARTICIPANTS, placements: 20, providers: 20, day, hosts: HOSTS });
    app = await startApp({ databaseUrl: url, secret: randomBytes(32).toString("base64url"), log: path.resolve(".next/load-app.log"), env: { DATABASE_POOL_MAX: "20" } });
    const officers = await signInOfficers(world, [app.baseUrl], { hosts: true });
    console.log(`${officers.length - HOSTS} handläggare och ${HOSTS} anordnare inloggade mot ${app.baseUrl}; kör i ${SECONDS} s …`);
    const deadline = Date.now() + SECONDS * 1_000;
    const samples = await drive({ officers, world, day, until: () => Date.now() > deadline });
    const { lines, unexpected } = summarise(samples, SECONDS);
    for (const line of lines) console.log(line);
    const registrations = samples.filter((s) => s.scenario === "registerPlacement").map((s) => s.ms);
    const p95 = percentile(registrations, 95);
    console.log(`Registrering p95 ${p95.toFixed(0)} ms vid ${USERS} samtidiga (mål ≤ ${P95_GOAL_MS} ms, mätt i klienten över loopback): ${p95 <= P95_GOAL_MS ? "uppnått" : "INTE uppnått"}.`);
    const problems = [...unexpected, ...(await checkConsistency(url, world, samples))];
    if (problems.length > 0) {
      console.error(`Lastprovet hittade fel:\n- ${problems.join("\n- ")}`);
      process.exitCode = 1;
    } else console.log("Databasen är hel: inga överlapp, inga förlorade ändringar, varje godkänd förfrågan finns, inga andra fel än de väntade konflikterna.");
  } finally {
    await app?.stop();
    cluster?.remove();
    await scratch?.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
