import { randomBytes } from "node:crypto";
import type { ChildProcess } from "node:child_process";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { runNext } from "../../scripts/build-state";
import { freePort, openPGlite } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";
import { createUser } from "../support/factories";
import { signIn } from "./fixtures";

// A database of this test's own, served so that it can be taken away and brought back on the same port.
let database: PGlite;
let socket: PGLiteSocketServer;
let databasePort: number;
let app: ChildProcess;
let baseUrl: string;
let admin: { email: string; password: string };

async function serveDatabase() {
  socket = new PGLiteSocketServer({ db: database, host: "127.0.0.1", port: databasePort, maxConnections: 20 });
  await socket.start();
}

async function health(): Promise<number> {
  try {
    return (await fetch(`${baseUrl}/api/health`)).status;
  } catch {
    return 0;
  }
}

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async ({}, testInfo) => {
  // Migrating a fresh embedded database and starting the app outlasts the default 30 s on a busy machine.
  testInfo.setTimeout(180_000);
  database = await openPGlite();
  databasePort = await freePort();
  await serveDatabase();
  const url = `postgresql://postgres@127.0.0.1:${databasePort}/postgres?sslmode=disable`;
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  admin = await createUser(prisma, { role: "ADMIN" });
  await prisma.$disconnect();
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  app = runNext(["start", "-p", String(port)], { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: "1", NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: baseUrl });
  await expect.poll(health, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await socket?.stop();
  await database?.close();
});

test("an unreachable database gets a Swedish error page, and the app recovers when it is back", async ({ page }) => {
  await page.goto(`${baseUrl}/logga-in`);
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1, name: "Användare" })).toBeVisible();

  await socket.stop();
  const during = await page.goto(`${baseUrl}/admin`);
  expect(during?.status()).toBeGreaterThanOrEqual(500);
  await expect(page.getByRole("heading", { level: 1, name: "Något gick fel" })).toBeVisible();
  await expect(page.getByText("databasen inte går att nå")).toBeVisible();
  expect(await health()).toBe(503);

  await serveDatabase();
  await expect.poll(health, { timeout: 30_000 }).toBe(200);
  await page.goto(`${baseUrl}/admin`);
  await expect(page.getByRole("heading", { level: 1, name: "Användare" })).toBeVisible();
});
