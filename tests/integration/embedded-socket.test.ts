import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, SOCKET_FILE, type EmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";
import { createPrismaClient } from "@/lib/server/prisma-client";

// As `npm start` serves .data/pg: on a Unix socket in a folder of its own (here a temporary one).
describe("the embedded database as npm start serves it", () => {
  let folder: string;
  let socketDir: string;
  let embedded: EmbeddedPostgres;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "stegvis-"));
    socketDir = path.join(folder, "data");
    embedded = await startEmbeddedPostgres({ socketDir });
  });
  afterAll(async () => {
    await embedded.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("listens on no TCP port: its address is a socket in a folder, not a host and port", () => {
    const url = new URL(embedded.url);
    expect(url.searchParams.get("host")).toBe(socketDir);
    expect(url.port).toBe("");
  });

  it("keeps the socket to its owner: the file 0600 inside a 0700 folder", () => {
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    const socket = statSync(path.join(socketDir, SOCKET_FILE));
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
  });

  it("serves the app's own clients: migrations and Prisma through the socket", async () => {
    await applyMigrations(embedded.url);
    const prisma = createPrismaClient(embedded.url);
    try {
      expect(await prisma.user.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  // Second review, finding 8: why the app gets no role of its own here, and `npm start` says the audit log is
  // unprotected instead (ADR 0008). Pinned, so that a PGlite that closes the way back is noticed.
  it("offers no protection through a narrower role: every connection is the superuser, one statement away", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    try {
      expect((await client.query("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).rows[0]).toEqual({ rolsuper: true });
      await client.query(`CREATE ROLE stegvis_app_probe NOSUPERUSER; GRANT SELECT, INSERT ON "AuditEvent" TO stegvis_app_probe`);
      await client.query("SET SESSION AUTHORIZATION stegvis_app_probe");
      await expect(client.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER USER')).rejects.toThrow(/must be owner/);
      await client.query("SET SESSION AUTHORIZATION postgres");
      await client.query('BEGIN; ALTER TABLE "AuditEvent" DISABLE TRIGGER USER; ROLLBACK');
      expect((await client.query("SELECT current_user AS role")).rows[0]).toEqual({ role: "postgres" });
    } finally {
      await client.end();
    }
  });

  // Only root can run a command as another user; as any other user the modes above are the proof.
  it.skipIf(process.getuid?.() !== 0)("refuses another user of the machine", () => {
    // A bare socket connect: the other user needs no access to this checkout (it may sit in a private folder).
    const client = `require("node:net").connect(process.argv[1]).on("connect", () => console.log("connected")).on("error", (e) => console.log(e.code))`;
    const result = spawnSync("runuser", ["-u", "nobody", "--", process.execPath, "-e", client, path.join(socketDir, SOCKET_FILE)], {
      cwd: "/",
      encoding: "utf8",
    });
    expect(result.stdout.trim()).toBe("EACCES");
  });

  it("still answers its owner with the same address", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    expect((await client.query("SELECT 1 AS one")).rows[0]).toEqual({ one: 1 });
    await client.end();
  });
});
