// npm run bench:web — every page of the production build in Chromium, signed in as its role: first-load
// JavaScript (compressed bytes on the wire, cache disabled) and LCP, against an empty Next page built beside it.
//   --varv=N   loads per page (default 3; the median is reported)
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import pg from "pg";
import { seedDemoData } from "../prisma/seed";
import { DEMO_USERS, type DemoRole } from "../prisma/demo-users";
import { today } from "../lib/server/clock";
import { refreshPlacementStatuses } from "../lib/server/placements/refresh-statuses";
import { createPrismaClient } from "../lib/server/prisma-client";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { buildFloor, FLOOR_DIR } from "./bench-web/floor";
import { measureLoad, type Load } from "./bench-web/measure";
import { webPages, type WebPage } from "./bench-web/pages";
import { ensureBuild, runAppServer, runNext } from "./build-state";
import { CHROMIUM_ARGS, CHROMIUM_HINT, findChromium } from "./chromium";
import { freePort } from "./db/embedded";
import { waitUntilServing } from "./serving";
import { passSecondFactor } from "../tests/support/browser-second-factor";

const BUDGET_OVER_FLOOR = 30_000;
const LCP_GOAL_MS = 1000;

const { values } = parseArgs({ options: { varv: { type: "string", default: "3" } } });
const rounds = Number(values.varv);
const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const kB = (bytes: number) => (bytes / 1000).toFixed(1).replace(".", ",");

async function waitForPage(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function signedIn(browser: Browser, baseUrl: string, role: DemoRole): Promise<BrowserContext> {
  const user = DEMO_USERS.find((u) => u.role === role)!;
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
  const page = await context.newPage();
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await passSecondFactor(page, user.email);
  await page.waitForURL((url) => !url.pathname.startsWith("/logga-in") && !url.pathname.startsWith("/tvastegsverifiering"), { timeout: 60_000 });
  await page.close();
  return context;
}

async function loads(context: BrowserContext, url: string): Promise<Load> {
  const all: Load[] = [];
  for (let i = 0; i < rounds; i++) all.push(await measureLoad(context, url));
  const last = all.at(-1)!;
  const lcps = all.map((l) => l.lcpMs).filter((x): x is number => x !== null);
  return { ...last, scriptBytes: median(all.map((l) => l.scriptBytes)), lcpMs: lcps.length ? median(lcps) : null };
}

console.log("Bygger appen och en tom Next-sida bredvid …");
await ensureBuild();
await buildFloor();

const database = await createScratchDatabase("stegvis_benchweb");
if (database.embedded) process.env.DATABASE_POOL_MAX = "1";
const prisma = createPrismaClient(database.url);
await seedDemoData(prisma);
await refreshPlacementStatuses(prisma, today());
await prisma.$disconnect();

const [appPort, floorPort] = [await freePort(), await freePort()];
const appUrl = `http://localhost:${appPort}`;
const floorUrl = `http://localhost:${floorPort}`;
const quiet = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const app = runAppServer({ port: appPort }, {
  ...quiet,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: appUrl,
});
const floor = runNext(["start", FLOOR_DIR, "-p", String(floorPort)], quiet);

let code = 1;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  if (!(await waitUntilServing(appUrl, 120_000))) throw new Error(`Appen svarade inte på ${appUrl}`);
  if (!(await waitForPage(floorUrl, 120_000))) throw new Error(`Den tomma sidan svarade inte på ${floorUrl}`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const { pages, skipped } = await webPages(client);
  await client.end();

  const anonymous = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
  const floorLoad = await loads(anonymous, floorUrl);
  const results: { page: WebPage; load: Load }[] = [];
  const contexts = new Map<DemoRole | null, BrowserContext>([[null, anonymous]]);
  for (const page of pages) {
    if (!contexts.has(page.role)) contexts.set(page.role, await signedIn(browser, appUrl, page.role!));
    results.push({ page, load: await loads(contexts.get(page.role)!, `${appUrl}${page.path}`) });
  }

  console.log(`\nMaskin: ${os.cpus().length} kärnor, belastning ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}. Median av ${rounds} laddningar per sida, cache avstängd.`);
  console.log(`Golvet (tom Next-sida): ${kB(floorLoad.scriptBytes)} kB JavaScript i ${floorLoad.scripts} filer, LCP ${floorLoad.lcpMs?.toFixed(0) ?? "–"} ms.\n`);
  const rows = results.map(({ page, load }) => [
    page.path,
    page.role ?? "–",
    String(load.status),
    kB(load.scriptBytes),
    `${load.scriptBytes - floorLoad.scriptBytes >= 0 ? "+" : ""}${kB(load.scriptBytes - floorLoad.scriptBytes)}`,
    load.lcpMs === null ? "–" : load.lcpMs.toFixed(0),
    load.finalPath === new URL(`${appUrl}${page.path}`).pathname ? "" : `→ ${load.finalPath}`,
  ]);
  const header = ["Sida", "Roll", "Svar", "JS kB", "över golvet", "LCP ms", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 || i === 6 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  console.log([line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
  for (const s of skipped) console.log(`Inte mätt: ${s.route} (${s.reason}).`);

  const worst = results.reduce((a, b) => (b.load.scriptBytes > a.load.scriptBytes ? b : a));
  const overBudget = results.filter((r) => r.load.scriptBytes - floorLoad.scriptBytes > BUDGET_OVER_FLOOR);
  const lcps = results.map((r) => r.load.lcpMs).filter((x): x is number => x !== null);
  const slow = results.filter((r) => r.load.lcpMs !== null && r.load.lcpMs > LCP_GOAL_MS);
  console.log(`\nMål:`);
  console.log(`${overBudget.length === 0 ? "uppfyllt    " : "EJ UPPFYLLT "} Ingen sida mer än ${kB(BUDGET_OVER_FLOOR)} kB över golvet — störst ${worst.page.path} med +${kB(worst.load.scriptBytes - floorLoad.scriptBytes)} kB${overBudget.length ? ` (${overBudget.length} sidor över)` : ""}`);
  console.log(`${slow.length === 0 ? "uppfyllt    " : "EJ UPPFYLLT "} LCP ≤ ${LCP_GOAL_MS} ms på loopback — högst ${Math.max(...lcps).toFixed(0)} ms, median ${median(lcps).toFixed(0)} ms${slow.length ? ` (${slow.map((r) => r.page.path).join(", ")})` : ""}`);
  code = 0;
} catch (error) {
  console.error((error as Error).message);
} finally {
  await browser.close();
  app.kill("SIGTERM");
  floor.kill("SIGTERM");
  await Promise.all([new Promise((r) => app.once("exit", r)), new Promise((r) => floor.once("exit", r))]);
  await database.drop();
}
process.exit(code);
