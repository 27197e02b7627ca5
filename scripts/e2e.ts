// npm run test:e2e: a fresh database with demo data, the built app on a free port, Playwright in Chromium.
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import path from "node:path";
import { seedDemoData } from "../prisma/seed";
import { today } from "../lib/server/clock";
import { refreshPlacementStatuses } from "../lib/server/placements/refresh-statuses";
import { createPrismaClient } from "../lib/server/prisma-client";
import { startLocalIdp } from "../tests/support/local-idp";
import { createScratchDatabase } from "../tests/support/scratch-database";
import { ensureBuild, runAppServer } from "./build-state";
import { CHROMIUM_HINT, findChromium } from "./chromium";
import { freePort } from "./db/embedded";
import { waitUntilServing } from "./serving";

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}

await ensureBuild();
const database = await createScratchDatabase("stegvis_e2e");
if (database.embedded) process.env.DATABASE_POOL_MAX = "1";
const prisma = createPrismaClient(database.url);
await seedDemoData(prisma);
await refreshPlacementStatuses(prisma, today());
await prisma.$disconnect();

const port = await freePort();
const baseUrl = `http://localhost:${port}`;
// The organisation's identity provider, for the single sign-on tests (tests/e2e/oidc.spec.ts).
const idp = await startLocalIdp({ appUrl: baseUrl });
const server = runAppServer({ port }, {
  ...process.env,
  ...idp.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  NEXTAUTH_URL: baseUrl,
  // The built app runs as production; a test that fixes the day (STEGVIS_TODAY) may do so here only.
  STEGVIS_ALLOW_FIXED_TODAY: "1",
});

let code = 1;
try {
  if (!(await waitUntilServing(baseUrl, 60_000))) throw new Error(`Appen svarade inte på ${baseUrl}/api/health`);
  code = await new Promise<number>((resolve) => {
    const playwright = spawn(process.execPath, [path.resolve("node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromiumPath, E2E_DATABASE_URL: database.url, E2E_OIDC_ISSUER: idp.issuer },
    });
    playwright.on("exit", (c) => resolve(c ?? 1));
  });
} catch (error) {
  console.error((error as Error).message);
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  await idp.close();
  await database.drop();
}
process.exit(code);
