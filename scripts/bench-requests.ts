// npm run bench:requests — what one request of each kind costs when nothing else runs: the production build over
// loopback HTTP, one signed-in user, one request after another; the client's time and the app's CPU per request.
// Where npm run load shows waiting under load, this shows the work each kind brings to it.
//   --skala=URL   also the coordinator's whole dashboard page (/koordinator) and the registration form on a
//                 database npm run db:scale filled, as its national coordinator and busiest unit's officer (this sets
//                 their passwords in that database, and the officer's sign-in sets up a second factor there)
//   --profil=DIR  a CPU profile of the app (node --cpu-prof), written to DIR when the app stops: where the time goes
// Against PostgreSQL: a scratch database on TEST_DATABASE_URL (or DATABASE_URL). Times are p50/p95 as npm run load computes them.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { today } from "../lib/server/clock";
import { addDaysIso } from "../lib/rules/dates";
import { hashPassword } from "../lib/server/password";
import { actionIds, type Answer, type Reply, Visitor } from "../tests/support/http-visitor";
import { createScratchDatabase, testServerUrl } from "../tests/support/scratch-database";
import { findActors } from "./bench/actors";
import { ensureBuild } from "./build-state";
import { startApp, type AppServer } from "./trust/app-server";
import { percentile, REGISTER_PLACEMENT_ACTION, registrationFields, signInOfficers } from "./trust/load-driver";
import { prepareLoadWorld } from "./trust/load-world";
import { treeCpuMs } from "./trust/process-cpu";

const { values } = parseArgs({ options: { skala: { type: "string" }, varv: { type: "string", default: "40" }, profil: { type: "string" } } });
const profiling = values.profil ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values.profil)}`] : [];
const ROUNDS = Number(values.varv);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`--varv ska vara ett heltal från 1, inte ”${values.varv}”.`);
/** Requests of each kind first, not counted: a fresh server compiles each route and warms its JIT on first use. */
const WARMUP = 20;

/** Runs one kind `ROUNDS` times after `WARMUP` not counted, and prints its times, CPU and answer size. */
async function measure(app: AppServer, name: string, run: (k: number) => Promise<Reply>, expected: Answer = "ok") {
  for (let k = 0; k < WARMUP; k++) await run(ROUNDS + k);
  const cpuBefore = treeCpuMs(app.process.pid!) ?? Number.NaN;
  const times: number[] = [];
  let last: Reply | null = null;
  for (let k = 0; k < ROUNDS; k++) {
    last = await run(k);
    if (last.status !== 200 || last.answer !== expected) throw new Error(`${name} svarade ${last.status} (${last.answer}), inte ${expected}`);
    times.push(last.ms);
  }
  const cpu = ((treeCpuMs(app.process.pid!) ?? Number.NaN) - cpuBefore) / ROUNDS;
  console.log(
    `${name}: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, appens CPU ${cpu.toFixed(0)} ms per förfrågan, svaret ${(last!.body.length / 1000).toFixed(0)} k tecken`,
  );
}

async function requestKinds() {
  const scratch = await createScratchDatabase("stegvis_requests");
  const day = today();
  const world = await prepareLoadWorld(scratch.ownerUrl, { officers: 1, participants: 2 * (ROUNDS + WARMUP) + 10, placements: 5, providers: 20, day, hosts: 0 });
  const app = await startApp({ databaseUrl: scratch.url, secret: randomBytes(32).toString("base64url"), log: path.resolve(".next/bench-requests.log"), env: { DATABASE_POOL_MAX: "20" }, nodeArgs: profiling });
  try {
    const { visitor } = (await signInOfficers(world, [app.baseUrl]))[0]!;
    const action = actionIds().get(REGISTER_PLACEMENT_ACTION)!;
    const participants = world.participants;
    const start = addDaysIso(day, 40);
    const register = (participantId: string) =>
      visitor.callAction(`/handlaggare/deltagare/${participantId}/placering/ny`, action, registrationFields({ participantId, providerId: world.providers[0]!, day, start, plannedEnd: addDaysIso(start, 30) }));
    console.log(`Förfrågningar en i taget mot ${app.baseUrl} (${ROUNDS} av varje slag efter ${WARMUP} som inte räknas):`);
    await measure(app, "/api/health", () => visitor.fetch("/api/health"));
    await measure(app, "registreringsformuläret (sida)", (k) => visitor.fetch(`/handlaggare/deltagare/${participants[k]}/placering/ny`));
    await measure(app, "deltagarens sida", (k) => visitor.fetch(`/handlaggare/deltagare/${participants[k]}`));
    // Each participant once: the first registration is accepted (its answer renders the participant's page), the same again overlaps it.
    const fresh = participants.slice(ROUNDS + WARMUP);
    await measure(app, "registrering som godkänns (svaret är deltagarens sida)", (k) => register(fresh[k]!), "done");
    await measure(app, "registrering som nekas (överlapp)", (k) => register(fresh[k]!), "refused-input");
  } finally {
    await app.stop();
    await scratch.drop();
  }
}

/** Whole pages on the scale data: /koordinator for the national coordinator, and the officer's registration form. */
async function scalePages(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const password = randomBytes(18).toString("base64url");
  const { coordinator, officer, participantId } = await findActors(client);
  for (const user of [coordinator, officer]) {
    await client.query(`UPDATE "User" SET "passwordHash" = $2, "mustChangePassword" = false, active = true WHERE id = $1`, [user.id, await hashPassword(password)]);
  }
  await client.end();
  const app = await startApp({ databaseUrl, secret: randomBytes(32).toString("base64url"), log: path.resolve(".next/bench-requests-scale.log"), env: { DATABASE_POOL_MAX: "20" }, nodeArgs: profiling });
  try {
    const visitor = new Visitor(app.baseUrl);
    if (!(await visitor.signIn(coordinator.email, password))) throw new Error("koordinatorn kunde inte logga in");
    console.log(`Skaldatan (${new URL(databaseUrl).pathname.slice(1)}):`);
    await measure(app, "/koordinator, nationell koordinator, standardfiltret", () => visitor.fetch("/koordinator"));
    const officerVisitor = new Visitor(app.baseUrl);
    if (!(await officerVisitor.signIn(officer.email, password))) throw new Error("handläggaren kunde inte logga in");
    await measure(app, "registreringsformuläret, alla aktiva anordnare att välja", () => officerVisitor.fetch(`/handlaggare/deltagare/${participantId}/placering/ny`));
  } finally {
    await app.stop();
  }
}

await ensureBuild();
if (!testServerUrl()) throw new Error("Ange TEST_DATABASE_URL (en PostgreSQL-server).");
await requestKinds();
if (values.skala) await scalePages(values.skala);
process.exit(0);
