// A fresh migrated database for a test run: on the configured server when there is one, embedded otherwise.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";

/** `embedded`: served by PGlite, where a client must keep to one connection (DATABASE_POOL_MAX=1). */
export type ScratchDatabase = { url: string; embedded: boolean; drop: () => Promise<void> };

export function testServerUrl(): string | null {
  return process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || null;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const server = testServerUrl();
  if (!server) {
    const embedded = await startEmbeddedPostgres();
    await applyMigrations(embedded.url);
    return { url: embedded.url, embedded: true, drop: embedded.stop };
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    embedded: false,
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
