import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, diffSchemaPairs, diffSchemas, isEmptyDiff, migrationFolders, MIGRATIONS_DIR, SCHEMA_PATH, SNAPSHOT_FILE } from "../../scripts/db/migrations";

// The owner: it migrated the database, and the trigger holds even for it.
const client = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
await client.connect();
afterAll(() => client.end());

const snapshot = (folder: string) => readFile(path.join(MIGRATIONS_DIR, folder, SNAPSHOT_FILE), "utf8");

describe("migrations", () => {
  it("cover schema.prisma: the schema has not changed since the last migration (run npm run db:migration -- <name>)", async () => {
    const folders = await migrationFolders();
    const current = await readFile(SCHEMA_PATH, "utf8");
    const drift = await diffSchemas(await snapshot(folders.at(-1)!), current);
    expect(isEmptyDiff(drift), `schema.prisma differs from the last migration:\n${drift}`).toBe(true);
  }, 120_000);

  it("each migration's SQL carries the change between its schema snapshot and the previous one", async () => {
    const folders = await migrationFolders();
    const schemas = await Promise.all(folders.map(snapshot));
    const expected = await diffSchemaPairs(schemas.map((to, i) => ({ from: i === 0 ? null : schemas[i - 1]!, to })));
    for (const [i, folder] of folders.entries()) {
      // A hand-written migration (functions, triggers, data) leaves the schema as it was: nothing to compare.
      if (isEmptyDiff(expected[i]!)) continue;
      const sql = await readFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8");
      expect(sql, `${folder}/migration.sql does not match its schema snapshot`).toContain(expected[i]);
    }
  }, 120_000);

  it("are recorded as prisma migrate deploy records them, and a second run applies nothing", async () => {
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null }>('SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(await migrationFolders());
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await applyMigrations(process.env.DATABASE_OWNER_URL!)).toEqual([]);
  });

  it("make the audit log append-only: the database refuses to change or delete an event", async () => {
    const { rows } = await client.query<{ id: string }>(`INSERT INTO "AuditEvent" (action, entity) VALUES ('READ', 'Test') RETURNING id`);
    const id = rows[0]!.id;
    await expect(client.query(`UPDATE "AuditEvent" SET entity = 'Ändrad' WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    const after = await client.query(`SELECT entity FROM "AuditEvent" WHERE id = $1`, [id]);
    expect(after.rows[0]).toEqual({ entity: "Test" });
  });
});
