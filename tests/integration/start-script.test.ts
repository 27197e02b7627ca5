import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runningEmbedded } from "../../scripts/db/configured-database";
import { freePort } from "../../scripts/db/embedded";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Runs `npm start`'s script with the given environment and returns what it printed and its exit code. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", PORT: "", NEXTAUTH_SECRET: "", NEXTAUTH_URL: "", ...env },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    // A start that gets past its checks would go on to serve; it must not outlive the test.
    const timer = setTimeout(() => child.kill("SIGINT"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.trim() });
    });
  });
}

function expectOneClearLine(output: string, message: RegExp) {
  expect(output.split("\n")).toHaveLength(1);
  expect(output).toMatch(/^Stegvis kan inte starta: /);
  expect(output).toMatch(message);
  expect(output).not.toMatch(/\n\s+at /);
}

describe("npm start refuses bad configuration with one clear line", () => {
  let busy: Server;
  let busyPort: number;
  beforeAll(async () => {
    busyPort = await freePort();
    busy = createServer().listen(busyPort, "0.0.0.0");
  });
  afterAll(() => new Promise<void>((r) => busy.close(() => r())));

  it("names a DATABASE_URL that is not PostgreSQL", async () => {
    const { code, output } = await start({ DATABASE_URL: "mysql://db/stegvis" });
    expect(code).toBe(1);
    expectOneClearLine(output, /DATABASE_URL måste börja med postgresql/);
  });

  it("names a PORT that is not a port", async () => {
    const { code, output } = await start({ PORT: "abc" });
    expect(code).toBe(1);
    expectOneClearLine(output, /PORT måste vara ett heltal/);
  });

  it("says so when the port is already in use", async () => {
    const { code, output } = await start({ PORT: String(busyPort) });
    expect(code).toBe(1);
    expectOneClearLine(output, new RegExp(`port ${busyPort} används redan`));
  });

  it("says so when the database server cannot be reached", async () => {
    const closedPort = await freePort();
    const { code, output } = await start({
      DATABASE_URL: `postgresql://stegvis_app@127.0.0.1:${closedPort}/stegvis`,
      MIGRATION_DATABASE_URL: `postgresql://postgres@127.0.0.1:${closedPort}/stegvis`,
      NEXTAUTH_SECRET: "x".repeat(32),
      NEXTAUTH_URL: "https://stegvis.example",
      STEGVIS_TRUSTED_PROXY: "1",
      PORT: String(await freePort()),
    });
    expect(code).toBe(1);
    expectOneClearLine(output, /databasen kunde inte nås/);
  }, 60_000);

  it("refuses a fixed day (STEGVIS_TODAY) outside development and tests", async () => {
    const { code, output } = await start({ STEGVIS_TODAY: "2026-03-02", STEGVIS_ALLOW_FIXED_TODAY: "" });
    expect(code).toBe(1);
    expectOneClearLine(output, /STEGVIS_TODAY låser dagens datum/);
  });

  it("refuses to open the embedded database a second time while another Stegvis holds it", async () => {
    const { code, output } = await startWhileTheEmbeddedDatabaseIsHeld();
    expect(code).toBe(1);
    expect(output).toMatch(/Stegvis kan inte starta: den inbyggda databasen används redan av en annan Stegvis \(process \d+\)/);
  });

  it("says at start that the audit log is unprotected on the embedded database", async () => {
    const { output } = await startWhileTheEmbeddedDatabaseIsHeld();
    expect(output).toMatch(/^Obs: den inbyggda databasen har bara en roll, superanvändaren, så granskningsloggen är inte skyddad här/m);
  });
});

/** `npm start` on the embedded database while another Stegvis holds it: it gets as far as opening it, no further. */
async function startWhileTheEmbeddedDatabaseIsHeld() {
  const lock = path.join(ROOT, ".data/embedded.json");
  // A running `npm start` in this checkout holds the lock already; otherwise this test process poses as
  // one, keeping any stale lock file to put back afterwards.
  const posing = !runningEmbedded();
  const stale = posing && existsSync(lock) ? readFileSync(lock, "utf8") : null;
  if (posing) {
    mkdirSync(path.dirname(lock), { recursive: true });
    writeFileSync(lock, JSON.stringify({ pid: process.pid, url: null }));
  }
  try {
    return await start({ PORT: String(await freePort()) });
  } finally {
    if (posing) {
      if (stale === null) rmSync(lock, { force: true });
      else writeFileSync(lock, stale);
    }
  }
}
