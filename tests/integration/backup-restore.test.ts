// npm run db:backup / db:restore round-trip the demo data exactly: row counts and a checksum per table.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { seedDemoData } from "../../prisma/seed";
import { backupEmbedded, backupServer, manifestPath, restoreEmbedded, restoreServer, type Manifest } from "../../scripts/db/backup-restore";
import { openPGlite, startEmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";
import { tableChecksums } from "../../scripts/db/table-checksums";
import { createScratchDatabase, TEST_APP_ROLE, type ScratchDatabase } from "../support/scratch-database";

const workDir = mkdtempSync(path.join(tmpdir(), "stegvis-backup-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Changes made after the backup, which the restore must undo. */
const CHANGES = [
  `UPDATE "Participant" SET "firstName" = 'Efter säkerhetskopian' WHERE "caseNumber" = (SELECT min("caseNumber") FROM "Participant")`,
  `INSERT INTO "AuditEvent" ("action", "entity") VALUES ('READ', 'Efter säkerhetskopian')`,
];

describe.skipIf(inject("databaseEmbedded"))("backup and restore of a server database (needs TEST_DATABASE_URL)", () => {
  let scratch: ScratchDatabase;
  const file = path.join(workDir, "server.dump");

  beforeAll(async () => {
    scratch = await createScratchDatabase("backup");
    const prisma = createPrismaClient(scratch.url);
    try {
      await seedDemoData(prisma);
    } finally {
      await prisma.$disconnect();
    }
  }, 180_000);
  afterAll(() => scratch?.drop());

  it("gives back every table exactly, the app's role as limited as before", async () => {
    const manifest = await backupServer(scratch.ownerUrl, file);
    expect(manifest.tables.Participant!.rows).toBeGreaterThan(10);
    expect(manifest.tables.Placement!.rows).toBeGreaterThan(10);
    expect(manifest.tables.AuditEvent).toBeDefined();

    await withClient(scratch.url, async (app) => {
      for (const sql of CHANGES) await app.query(sql);
    });
    expect(await withClient(scratch.ownerUrl, (c) => tableChecksums((sql) => c.query(sql)))).not.toEqual(manifest.tables);

    await restoreServer(scratch.ownerUrl, file, TEST_APP_ROLE);
    expect(await withClient(scratch.ownerUrl, (c) => tableChecksums((sql) => c.query(sql)))).toEqual(manifest.tables);

    await withClient(scratch.url, async (app) => {
      await app.query(`INSERT INTO "AuditEvent" ("action", "entity") VALUES ('READ', 'Efter återläsningen')`);
      await expect(app.query(`DELETE FROM "AuditEvent"`)).rejects.toMatchObject({ code: "42501" });
    });
    await withClient(scratch.ownerUrl, async (owner) => {
      await expect(owner.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    });
  }, 180_000);

  it("says so when the restored data differ from the backup's checksums", async () => {
    const tampered = path.join(workDir, "tampered.dump");
    writeFileSync(tampered, readFileSync(file));
    const manifest = JSON.parse(readFileSync(manifestPath(file), "utf8")) as Manifest;
    manifest.tables.Participant!.md5 = "0".repeat(32);
    writeFileSync(manifestPath(tampered), JSON.stringify(manifest));
    await expect(restoreServer(scratch.ownerUrl, tampered, TEST_APP_ROLE)).rejects.toThrow(/Participant: väntade \d+ rader, fick \d+ rader \(annat innehåll\)/);
  }, 120_000);
});

describe("backup and restore of the embedded database", () => {
  const dataDir = path.join(workDir, "pg");
  const file = path.join(workDir, "embedded.tar.gz");

  it("gives back every table exactly, and keeps the folder it replaced", async () => {
    const embedded = await startEmbeddedPostgres({ dataDir });
    try {
      await applyMigrations(embedded.url);
      const prisma = createPrismaClient(embedded.url);
      try {
        await seedDemoData(prisma);
      } finally {
        await prisma.$disconnect();
      }
    } finally {
      await embedded.stop();
    }
    const manifest = await backupEmbedded(dataDir, file);
    expect(manifest.tables.Participant!.rows).toBeGreaterThan(10);

    const changed = await openPGlite(dataDir);
    for (const sql of CHANGES) await changed.query(sql);
    await changed.close();

    const restored = await restoreEmbedded(dataDir, file);
    expect(restored.previous && existsSync(restored.previous)).toBe(true);
    const reopened = await openPGlite(dataDir);
    try {
      expect(await tableChecksums((sql) => reopened.query(sql))).toEqual(manifest.tables);
    } finally {
      await reopened.close();
    }
  }, 300_000);
});
