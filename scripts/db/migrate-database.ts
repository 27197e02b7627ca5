// Migrating the way the configuration asks: as the owner when one is given, then granting the app's role.
import { grantAppRole, loginOf } from "./app-role";
import { applyMigrations } from "./migrations";

/**
 * Applies the migrations. With an owner connection (MIGRATION_DATABASE_URL) they run as the owner and
 * the app's role (DATABASE_URL's) is granted what it needs afterwards; without one, the app's own
 * connection owns the tables (the embedded database, or a server set up the old way).
 */
export async function migrateDatabase(appUrl: string, ownerUrl: string | null): Promise<string[]> {
  if (!ownerUrl) return applyMigrations(appUrl);
  const applied = await applyMigrations(ownerUrl);
  await grantAppRole(ownerUrl, loginOf(appUrl));
  return applied;
}
