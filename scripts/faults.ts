// npm run faults: the built app under load while things break, on a PostgreSQL server of the run's own
// (never the machine's shared one), all on loopback and bounded in time.
// 1. PostgreSQL is stopped as by a crash and started again during the load: while it is down the app answers
//    with the Swedish error page (and /api/health 503), then recovers by itself; nothing is half-written.
// 2. The app process is killed (SIGKILL) mid-request and started again: nothing is half-written.
// 3. Two app instances on two ports against one database behave as one: a session made on one works on the
//    other, a sign-out on one ends it on both, the sign-in limit counts attempts on both, a deactivation stops both.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { chromium } from "@playwright/test";
import pg from "pg";
import { today } from "../lib/server/clock";
import { Visitor } from "../tests/support/http-visitor";
import { ensureBuild } from "./build-state";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { type AppServer, startApp } from "./trust/app-server";
import { checkConsistency } from "./trust/consistency";
import { drive, type Officer, type Sample, signInOfficers, summarise } from "./trust/load-driver";
import { LOAD_PASSWORD, type LoadWorld, prepareLoadWorld } from "./trust/load-world";
import { type ScratchCluster, startScratchCluster } from "./trust/scratch-cluster";

const results: { step: string; ok: boolean; detail: string }[] = [];
function check(step: string, ok: boolean, detail = "") {
  results.push({ step, ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${step}${detail ? ` — ${detail}` : ""}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LOG = path.resolve(".next/faults-app.log");

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await condition().catch(() => false)) return Date.now() - started;
    await sleep(250);
  }
  return null;
}

/** What a person sees on `pathname` with the visitor's session: the page's main heading and text, after its scripts ran. */
async function seenInBrowser(visitor: Visitor, pathname: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: "sv-SE" });
    const url = new URL(visitor.baseUrl);
    await context.addCookies(visitor.cookieHeader.split("; ").filter(Boolean).map((pair) => ({ name: pair.split("=")[0]!, value: pair.slice(pair.indexOf("=") + 1), domain: url.hostname, path: "/" })));
    const page = await context.newPage();
    await page.goto(new URL(pathname, url).toString());
    await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(1_000);
    return await page.locator("main").innerText().catch(() => "");
  } finally {
    await browser.close();
  }
}

const healthOf = async (baseUrl: string) => (await fetch(`${baseUrl}/api/health`).catch(() => null))?.status ?? 0;

/** Load in the background while `during` breaks something; returns every request's outcome. */
async function underLoad(officers: Officer[], world: LoadWorld, during: () => Promise<void>): Promise<Sample[]> {
  let stop = false;
  const load = drive({ officers, world, day: today(), until: () => stop, seed: Date.now() % 1000 });
  try {
    await during();
  } finally {
    stop = true;
  }
  return load;
}

async function databaseRestart(cluster: ScratchCluster, app: AppServer, world: LoadWorld, officers: Officer[]) {
  const probe = officers[0]!.visitor.clone();
  let outage: { page: number; seen: string; health: number } | null = null;
  let recoveredIn: number | null = null;
  const samples = await underLoad(officers, world, async () => {
    await sleep(4_000);
    cluster.stop("immediate");
    await sleep(500);
    const page = await probe.fetch("/handlaggare");
    outage = { page: page.status, seen: await seenInBrowser(probe, "/handlaggare"), health: await healthOf(app.baseUrl) };
    await sleep(3_000);
    cluster.start();
    recoveredIn = await until(async () => (await probe.fetch("/handlaggare")).status === 200, 60_000);
    await sleep(4_000);
  });
  const seen = outage as { page: number; seen: string; health: number } | null;
  check("Databasen nere: sidan svarar med ett fel (5xx)", (seen?.page ?? 0) >= 500, `status ${seen?.page}`);
  check(
    "Databasen nere: felsidan säger på svenska vad som hänt",
    /Något gick fel/.test(seen?.seen ?? "") && /databasen inte går att nå/.test(seen?.seen ?? ""),
    (seen?.seen ?? "").replace(/\s+/g, " ").slice(0, 160),
  );
  check("Databasen nere: /api/health svarar 503", seen?.health === 503, `status ${seen?.health}`);
  check("Appen återhämtar sig själv när databasen är tillbaka", recoveredIn !== null, recoveredIn === null ? "inte inom 60 s" : `efter ${(recoveredIn / 1000).toFixed(1)} s`);
  const lastDone = samples.filter((s) => s.answer === "done").at(-1);
  check("Förfrågningar godkänns igen efter återstarten", lastDone !== undefined && lastDone.at > (samples.find((s) => s.answer === "error" || s.answer === "unreachable")?.at ?? Infinity));
  for (const line of summarise(samples, 12).lines) console.log(`  ${line}`);
  return samples;
}

async function appKill(app: AppServer, databaseUrl: string, secret: string, world: LoadWorld, officers: Officer[]) {
  let restarted: AppServer = app;
  const samples = await underLoad(officers, world, async () => {
    await sleep(3_000);
    await app.kill();
    await sleep(1_000);
    restarted = await startApp({ databaseUrl, secret, log: LOG, port: app.port, env: { DATABASE_POOL_MAX: "10" } });
    await sleep(3_000);
  });
  check("Appen dödad mitt i förfrågningar: några fick inget svar", samples.some((s) => s.answer === "unreachable"), `${samples.filter((s) => s.answer === "unreachable").length} utan svar`);
  check("Efter omstarten godkänns förfrågningar igen", samples.filter((s) => s.answer === "done").some((s) => s.at > (samples.find((x) => x.answer === "unreachable")?.at ?? Infinity)));
  return { samples, app: restarted };
}

async function twoInstances(databaseUrl: string, secret: string, world: LoadWorld) {
  const [a, b] = [await startApp({ databaseUrl, secret, log: LOG }), await startApp({ databaseUrl, secret, log: LOG })];
  try {
    const [first, second, third] = world.officers.slice(-3);
    const onA = new Visitor(a.baseUrl);
    await onA.signIn(first!.email, LOAD_PASSWORD);
    const onB = onA.clone(b.baseUrl);
    check("Två instanser: en session från A öppnar sidor på B", (await onB.fetch("/handlaggare")).status === 200);
    await onB.signOut();
    const afterSignOut = await onA.fetch("/handlaggare");
    check("Två instanser: utloggning på B avslutar sessionen på A", afterSignOut.answer === "sign-in", afterSignOut.answer);

    for (let i = 0; i < 20; i++) await new Visitor(i % 2 ? a.baseUrl : b.baseUrl).signIn(second!.email, `fel-${i}`);
    const blocked = !(await new Visitor(a.baseUrl).signIn(second!.email, LOAD_PASSWORD));
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const events = await client.query(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'SIGN_IN_BLOCKED' AND changes::text LIKE $1`, [`%${second!.email}%`]);
    check("Två instanser: gränsen för inloggningsförsök räknar försök på båda", blocked, blocked ? "21:a försöket spärrat" : "släpptes in efter 20 fel på A och B");
    check("Två instanser: det spärrade försöket loggas", Number(events.rows[0].n) > 0);

    const deactivatedA = new Visitor(a.baseUrl);
    await deactivatedA.signIn(third!.email, LOAD_PASSWORD);
    const deactivatedB = deactivatedA.clone(b.baseUrl);
    await client.query(`UPDATE "User" SET active = false WHERE id = $1`, [third!.id]);
    await client.end();
    const [ra, rb] = [await deactivatedA.fetch("/handlaggare"), await deactivatedB.fetch("/handlaggare")];
    check("Två instanser: en inaktiverad användare stoppas på båda", ra.answer === "sign-in" && rb.answer === "sign-in", `${ra.answer}, ${rb.answer}`);
  } finally {
    await a.stop();
    await b.stop();
  }
}

async function main() {
  await ensureBuild();
  const cluster = await startScratchCluster();
  const secret = randomBytes(32).toString("base64url");
  let app: AppServer | null = null;
  try {
    console.log("Förbereder en egen PostgreSQL-server med demodata …");
    const world = await prepareLoadWorld(cluster.url, { officers: 13, participants: 200, placements: 10, providers: 5, day: today() });
    app = await startApp({ databaseUrl: cluster.url, secret, log: LOG, env: { DATABASE_POOL_MAX: "10" } });
    const officers = await signInOfficers({ ...world, officers: world.officers.slice(0, 10) }, [app.baseUrl]);

    console.log("1. PostgreSQL startas om under last …");
    const first = await databaseRestart(cluster, app, world, officers);
    console.log("2. Appen dödas mitt i förfrågningar …");
    const second = await appKill(app, cluster.url, secret, world, officers);
    app = second.app;
    const problems = await checkConsistency(cluster.url, world, [...first, ...second.samples]);
    check("Inget halvskrivet efter omstarter och avbrott (SQL)", problems.length === 0, problems.join(" "));
    await app.stop();
    app = null;

    console.log("3. Två instanser mot samma databas …");
    await twoInstances(cluster.url, secret, world);
  } finally {
    await app?.stop();
    cluster.remove();
  }
  const failed = results.filter((r) => !r.ok);
  console.log(failed.length === 0 ? `Alla ${results.length} kontroller höll.` : `${failed.length} av ${results.length} kontroller föll; appens logg: ${LOG}`);
  process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
