// Backup and restore of the database, with a manifest of every table's row count and checksum so a
// restore can prove it gave back exactly what was saved. A server is dumped with pg_dump (custom
// format); the embedded database as PGlite's own data-folder archive (dumpDataDir).
import { execFile } from "node:child_process";
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import pg from "pg";
import { JOB_QUEUE_SCHEMA } from "../../lib/server/notices/queues";
import { grantAppRole, type RoleLogin } from "./app-role";
import { openPGlite } from "./embedded";
import { checksumDifferences, tableChecksums, type TableChecksums } from "./table-checksums";

const run = promisify(execFile);

export type Manifest = { format: "stegvis-backup-1"; kind: "server" | "embedded"; createdAt: string; tables: TableChecksums };

export const manifestPath = (file: string) => `${file}.json`;

function writeManifest(file: string, kind: Manifest["kind"], tables: TableChecksums): Manifest {
  const manifest: Manifest = { format: "stegvis-backup-1", kind, createdAt: new Date().toISOString(), tables };
  writeFileSync(manifestPath(file), JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600 });
  return manifest;
}

export function readManifest(file: string): Manifest {
  const path = manifestPath(file);
  if (!existsSync(path)) throw new Error(`${path} saknas: en säkerhetskopia från npm run db:backup har en manifestfil bredvid sig.`);
  return JSON.parse(readFileSync(path, "utf8")) as Manifest;
}

/** The libpq connection without its password, which goes in the environment instead of the process list. */
function libpq(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

async function serverChecksums(url: string): Promise<TableChecksums> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await tableChecksums((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}

/** Throws when the restored tables differ from the manifest's. */
function verify(manifest: Manifest, restored: TableChecksums): void {
  const differences = checksumDifferences(manifest.tables, restored);
  if (differences.length > 0) throw new Error(`återläsningen gav inte tillbaka samma data:\n${differences.join("\n")}`);
}

/**
 * pg_dump of a server database (custom format), as the owner, with its manifest. The job queue's schema is
 * left out: it holds only schedules and jobs that `npm start` makes again (what a job sends lives in the
 * outbox, in the public schema), and pg_restore cannot drop its partitioned tables cleanly.
 */
export async function backupServer(ownerUrl: string, file: string): Promise<Manifest> {
  const { dbname, env } = libpq(ownerUrl);
  const tables = await serverChecksums(ownerUrl);
  await run("pg_dump", ["--format=custom", `--exclude-schema=${JOB_QUEUE_SCHEMA}`, "--file", file, "--dbname", dbname], { env });
  chmodSync(file, 0o600);
  return writeManifest(file, "server", tables);
}

/**
 * Restores a pg_dump file into a server database, as the owner, in one transaction: the backed-up
 * tables are dropped and recreated. Ownership and grants are not taken from the file (the target may
 * have other roles); the app's role is granted afresh. Then every table is checked against the manifest.
 */
export async function restoreServer(ownerUrl: string, file: string, appRole: RoleLogin | null): Promise<Manifest> {
  const manifest = readManifest(file);
  if (manifest.kind !== "server") throw new Error("filen är en säkerhetskopia av den inbyggda databasen; återläs den utan DATABASE_URL.");
  const { dbname, env } = libpq(ownerUrl);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error", "--dbname", dbname, file], { env });
  if (appRole) await grantAppRole(ownerUrl, appRole);
  verify(manifest, await serverChecksums(ownerUrl));
  return manifest;
}

/** PGlite's archive of the embedded data folder, with its manifest. The folder must not be in use. */
export async function backupEmbedded(dataDir: string, file: string): Promise<Manifest> {
  if (!existsSync(dataDir)) throw new Error(`det finns ingen inbyggd databas i ${dataDir} att säkerhetskopiera.`);
  const db = await openPGlite(dataDir);
  try {
    const tables = await tableChecksums((sql) => db.query(sql));
    const archive = await db.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await archive.arrayBuffer()), { mode: 0o600 });
    return writeManifest(file, "embedded", tables);
  } finally {
    await db.close();
  }
}

/**
 * Replaces the embedded data folder with the archive's. The folder it replaces is kept beside it
 * (`<folder>.before-restore-<time>`) and put back if the restore fails or differs from the manifest.
 */
export async function restoreEmbedded(dataDir: string, file: string): Promise<Manifest & { previous: string | null }> {
  const manifest = readManifest(file);
  if (manifest.kind !== "embedded") throw new Error("filen är en säkerhetskopia av en databasserver; återläs den med DATABASE_URL och MIGRATION_DATABASE_URL.");
  const previous = existsSync(dataDir) ? `${dataDir}.before-restore-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}` : null;
  if (previous) renameSync(dataDir, previous);
  try {
    const db = await openPGlite(dataDir, new Blob([readFileSync(file)]));
    try {
      verify(manifest, await tableChecksums((sql) => db.query(sql)));
    } finally {
      await db.close();
    }
    return { ...manifest, previous };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    if (previous) renameSync(previous, dataDir);
    throw error;
  }
}
