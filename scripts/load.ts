// npm run load: 50 case officers (LOAD_USERS) register placements for the same few participants and extend the
// same placements while 10 providers' users (LOAD_HOSTS) follow those placements up (draft → submit), through the built app's server actions over loopback HTTP, for 60 seconds (LOAD_SECONDS).
// Against PostgreSQL, never the embedded PGlite (one transaction at a time): a scratch database on the server
// TEST_DATABASE_URL (or DATABASE_URL) names, connected as the app's own role as in production; without one, a
// server of the run's own (the installed binaries). With the demo data. Afterwards SQL checks that nothing overlaps, no update was lost, every accepted request's row
// is there, and the only refusals were the expected conflicts. Prints throughput and p95, of all registrations and of the accepted ones (goal: ≤ 100 ms for both).
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import path from "node:path";
import { type IntervalHistogram, monitorEventLoopDelay } from "node:perf_hooks";
import { today } from "../lib/server/clock";
import { createScratchDatabase, testServerUrl } from "../tests/support/scratch-database";
import { ensureBuild } from "./build-state";
import { readAppWorkers } from "./config";
import { startApp } from "./trust/app-server";
import { checkConsistency } from "./trust/consistency";
import { drive, percentile, type Sample, signInOfficers, summarise } from "./trust/load-driver";
import { prepareLoadWorld } from "./trust/load-world";
import { treeCpuMs } from "./trust/process-cpu";
import { postgresBinaries, startScratchCluster } from "./trust/scratch-cluster";

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PARTICIPANTS = Number(process.env.LOAD_PARTICIPANTS ?? 300);
const HOSTS = Number(process.env.LOAD_HOSTS ?? 10);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 0);
/** First seconds of the same work whose times are not counted: a fresh server compiles and loads each page on first use (seconds each). */
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 10);
const P95_GOAL_MS = 100;
/** A folder for a CPU profile of the app (node --cpu-prof, written when the app stops): where its time goes. */
const CPU_PROFILE = process.env.LOAD_CPU_PROFILE ? path.resolve(process.env.LOAD_CPU_PROFILE) : null;
/** More options for the app's node, space-separated (such as --trace-gc, whose lines go to the app's log). */
const NODE_ARGS = process.env.LOAD_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
const DELAY_RESOLUTION_MS = 5;

async function main() {
  await ensureBuild();
  if (!testServerUrl() && !postgresBinaries()) throw new Error("Lastprovet behöver PostgreSQL: ange TEST_DATABASE_URL, eller installera serverprogrammen (PG_BIN).");
  const scratch = testServerUrl() ? await createScratchDatabase("stegvis_load") : null;
  const cluster = scratch ? null : await startScratchCluster();
  const url = scratch?.url ?? cluster!.url;
  const day = today();
  const load = () => loadavg().map((n) => n.toFixed(1)).join(" / ");
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  try {
    const where = scratch ? `scratch-databas på ${new URL(scratch.ownerUrl).host}` : `egen PostgreSQL-server på ${new URL(cluster!.url).host}`;
    console.log(`Förbereder databasen (${where}) med demodata och ${USERS} handläggare …`);
    const world = await prepareLoadWorld(scratch?.ownerUrl ?? url, { officers: USERS, participants: PARTICIPANTS, placements: 20, providers: 20, day, hosts: HOSTS });
    const appEnv = { DATABASE_POOL_MAX: "20", STEGVIS_WORKERS: String(readAppWorkers(process.env, { embedded: false, dev: false })) };
    app = await startApp({
      databaseUrl: url,
      secret: randomBytes(32).toString("base64url"),
      log: path.resolve(".next/load-app.log"),
      env: appEnv,
      nodeArgs: [...(CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${CPU_PROFILE}`] : []), ...NODE_ARGS],
    });
    const officers = await signInOfficers(world, [app.baseUrl], { hosts: true });
    console.log(`Appen kör i ${appEnv.STEGVIS_WORKERS} process(er) med högst ${appEnv.DATABASE_POOL_MAX} databasanslutningar var.`);
    const pace = THINK_MS > 0 ? `med i snitt ${THINK_MS} ms betänketid mellan svar och nästa förfrågan` : "utan betänketid (nästa förfrågan så fort svaret kommit)";
    console.log(`${officers.length - HOSTS} handläggare och ${HOSTS} anordnare inloggade mot ${app.baseUrl}; kör i ${SECONDS} s ${pace} …`);
    const warmUntil = Date.now() + WARMUP_SECONDS * 1_000;
    const warmup = WARMUP_SECONDS > 0 ? await drive({ officers, world, day, until: () => Date.now() > warmUntil, thinkMs: THINK_MS, seed: 2 }) : [];
    console.log(`Belastning (1 / 5 / 15 min) före: ${load()} (efter ${warmup.length} förfrågningar under ${WARMUP_SECONDS} s uppvärmning, som inte räknas i tiderna)`);
    const deadline = Date.now() + SECONDS * 1_000;
    const cpuBefore = treeCpuMs(app.process.pid!);
    // The driver times each request in its own event loop: a busy loop would add its own delay to the times.
    const driverDelay = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
    driverDelay.enable();
    const driverCpu = process.cpuUsage();
    const samples = await drive({ officers, world, day, until: () => Date.now() > deadline, thinkMs: THINK_MS });
    driverDelay.disable();
    console.log(driverReport(driverDelay, process.cpuUsage(driverCpu)));
    const cpuAfter = treeCpuMs(app.process.pid!);
    console.log(`Belastning (1 / 5 / 15 min) efter: ${load()}`);
    if (cpuBefore !== null && cpuAfter !== null) {
      const used = cpuAfter - cpuBefore;
      console.log(
        `Appens CPU-tid (alla dess processer) under mätningen: ${(used / 1_000).toFixed(1)} s för ${samples.length} förfrågningar, ` +
          `${(used / samples.length).toFixed(0)} ms per förfrågan; ${((100 * used) / (SECONDS * 1_000)).toFixed(0)} % av en kärna.`,
      );
    }
    const { lines, unexpected } = summarise(samples, SECONDS);
    for (const line of lines) console.log(line);
    if (THINK_MS === 0) {
      // Little's law: with every worker always waiting for an answer, the mean wait is workers ÷ throughput.
      const perSecond = samples.length / SECONDS;
      console.log(
        `Utan betänketid är medeltiden arbetare ÷ genomströmning: ${officers.length} ÷ ${perSecond.toFixed(1)}/s = ${((1_000 * officers.length) / perSecond).toFixed(0)} ms; ` +
          `${P95_GOAL_MS} ms skulle kräva över ${((1_000 * officers.length) / P95_GOAL_MS).toFixed(0)} svar per sekund.`,
      );
    }
    console.log(registrationVerdict(samples));
    // The warm-up's writes are in the database too: the checks count them.
    const problems = [...unexpected, ...summarise(warmup, WARMUP_SECONDS).unexpected, ...(await checkConsistency(url, world, [...warmup, ...samples]))];
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

/**
 * The goal holds for the registrations an officer makes, which are accepted: the scenario's overlap refusals are
 * cheap, and their share grows with the run's length (each participant takes one period), so the p95 of all
 * registrations alone would fall as a run gets longer without anything getting faster.
 */
function registrationVerdict(samples: readonly Sample[]): string {
  const registrations = samples.filter((s) => s.scenario === "registerPlacement");
  const acceptedTimes = registrations.filter((s) => s.answer === "done").map((s) => s.ms);
  const all = percentile(registrations.map((s) => s.ms), 95);
  const accepted = acceptedTimes.length > 0 ? percentile(acceptedTimes, 95) : null;
  const met = all <= P95_GOAL_MS && accepted !== null && accepted <= P95_GOAL_MS;
  return (
    `Registrering p95 ${all.toFixed(0)} ms, ${accepted === null ? "inga godkända registreringar" : `godkända registreringar p95 ${accepted.toFixed(0)} ms`}, ` +
    `vid ${USERS} samtidiga (mål ≤ ${P95_GOAL_MS} ms för båda, mätt i klienten över loopback): ${met ? "uppnått" : "INTE uppnått"}.`
  );
}

/** The histogram holds the time between the monitor's ticks; the delay is what exceeds its resolution. */
function driverReport(delay: IntervalHistogram, cpu: NodeJS.CpuUsage): string {
  const beyondTick = (ns: number) => Math.max(0, ns / 1e6 - DELAY_RESOLUTION_MS).toFixed(1);
  return (
    `Lastdrivarens egen fördröjning (dess händelseloop): p99 ${beyondTick(delay.percentile(99))} ms, max ${beyondTick(delay.max)} ms; ` +
    `dess CPU ${((cpu.user + cpu.system) / 1_000_000).toFixed(1)} s. Tiderna nedan mäts i den.`
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
