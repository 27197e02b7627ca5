// A fresh migrated database for a test run: on the configured server when there is one, embedded otherwise.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { asRole, grantAppRole, type RoleLogin } from "../../scripts/db/app-role";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";
import { installJobQueue } from "../../lib/server/notices/jobs";

/**
 * `url` is what the app connects with: on a server, the app's own role (no DDL, the audit log
 * append-only for it), as in production; `ownerUrl` is the role that ran the migrations, for tests
 * that need the owner. `embedded`: served by PGlite, which has one role, and where a client must keep
 * to one connection (DATABASE_POOL_MAX=1).
 */
export type ScratchDatabase = { url: string; ownerUrl: string; embedded: boolean; drop: () => Promise<void> };

/**
 * The app role of every test run on a server. Roles are cluster-wide, so all runs share it (its
 * grants are per database); it holds nothing but what the scratch databases grant it.
 */
export const TEST_APP_ROLE: RoleLogin = { name: "stegvis_test_app", password: "stegvis_test_app" };

export function testServerUrl(): string | null {
  return process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || null;
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const server = testServerUrl();
  if (!server) {
    const embedded = await startEmbeddedPostgres();
    await applyMigrations(embedded.url);
    await installJobQueue(embedded.url);
    return { url: embedded.url, ownerUrl: embedded.url, embedded: true, drop: embedded.stop };
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  await applyMigrations(ownerUrl);
  await installJobQueue(ownerUrl);
  await grantAppRole(ownerUrl, TEST_APP_ROLE);
  return {
    url: asRole(ownerUrl, TEST_APP_ROLE),
    ownerUrl,
    embedded: false,
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
