// Migrating the way the configuration asks: as the owner when one is given, then granting the app's role.
import { installJobQueue } from "../../lib/server/notices/jobs";
import { grantAppRole, loginOf } from "./app-role";
import { applyMigrations } from "./migrations";

/**
 * Applies the migrations. With an owner connection (MIGRATION_DATABASE_URL) they run as the owner and
 * the app's role (DATABASE_URL's) is granted what it needs afterwards; without one, the app's own
 * connection owns the tables (the embedded database, or a server set up the old way). The job queue's
 * schema (pg-boss) is installed or brought up to date the same way, as DDL is the owner's.
 */
export async function migrateDatabase(appUrl: string, ownerUrl: string | null): Promise<string[]> {
  if (!ownerUrl) {
    const applied = await applyMigrations(appUrl);
    await installJobQueue(appUrl);
    return applied;
  }
  const applied = await applyMigrations(ownerUrl);
  await installJobQueue(ownerUrl);
  await grantAppRole(ownerUrl, loginOf(appUrl));
  return applied;
}
