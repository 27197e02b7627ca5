// Reading the migrations folder, applying it, and writing new migrations by diffing schema snapshots.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";
import { withSchemaEngine } from "./schema-engine";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");
/** Each migration folder keeps the schema as it stood after it, so the next diff needs no database. */
export const SNAPSHOT_FILE = "schema.prisma";
const LOCKFILE = "migration_lock.toml";

export async function migrationFolders(dir = MIGRATIONS_DIR): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function migrationList(dir: string) {
  const folders = await migrationFolders(dir);
  const lockPath = path.join(dir, LOCKFILE);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(dir, folder, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

/** Applies every unapplied migration and records it in `_prisma_migrations`, as `prisma migrate deploy` does. */
export async function applyMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = await migrationList(dir);
  return withSchemaEngine(connectionString, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
    return out.appliedMigrationNames;
  });
}

/** The SQL that takes a database from schema `from` (null: empty) to schema `to`; empty when they agree. */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  const [sql] = await diffSchemaPairs([{ from, to }]);
  return sql!;
}

/** `diffSchemas` for several pairs with one scratch database and one engine (each start costs seconds). */
export async function diffSchemaPairs(pairs: readonly { from: string | null; to: string }[]): Promise<string[]> {
  // Diffing two datamodels reads no tables, but the engine connects at start: give it a scratch database.
  const scratch = await startEmbeddedPostgres();
  try {
    return await withSchemaEngine(scratch.url, async (engine) => {
      const scripts: string[] = [];
      for (const { from, to } of pairs) {
        const result = await engine.diff({
          from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "from.prisma", content: from }] },
          to: { tag: "schemaDatamodel", files: [{ path: "to.prisma", content: to }] },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        } as Parameters<typeof engine.diff>[0]);
        scripts.push((result.stdout ?? "").trim());
      }
      return scripts;
    });
  } finally {
    await scratch.stop();
  }
}

export function isEmptyDiff(sql: string): boolean {
  return sql === "" || /^-- This is an empty migration\.?$/.test(sql);
}

/** The schema as it stood after the newest migration (null when there is none). */
export async function lastSnapshot(dir = MIGRATIONS_DIR): Promise<string | null> {
  const folders = await migrationFolders(dir);
  const last = folders.at(-1);
  return last ? readFile(path.join(dir, last, SNAPSHOT_FILE), "utf8") : null;
}

export function migrationFolderName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!slug) throw new Error("Ange ett namn för migreringen, t.ex. npm run db:migration -- add_outcomes");
  return `${stamp}_${slug}`;
}

/** Writes a migration folder for the change in schema.prisma since the last migration; null when nothing changed. */
export async function createMigration(name: string, dir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH): Promise<string | null> {
  const schema = await readFile(schemaPath, "utf8");
  const sql = await diffSchemas(await lastSnapshot(dir), schema);
  if (isEmptyDiff(sql)) return null;
  const folder = migrationFolderName(name);
  await mkdir(path.join(dir, folder), { recursive: true });
  await writeFile(path.join(dir, folder, "migration.sql"), sql + "\n");
  await writeFile(path.join(dir, folder, SNAPSHOT_FILE), schema);
  if (!existsSync(path.join(dir, LOCKFILE))) {
    await writeFile(path.join(dir, LOCKFILE), 'provider = "postgresql"\n');
  }
  return folder;
}
