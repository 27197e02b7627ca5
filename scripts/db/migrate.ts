// npm run db:migrate — applies prisma/migrations to DATABASE_URL (or to the embedded database under .data/);
// with MIGRATION_DATABASE_URL, as that owner, then grants DATABASE_URL's role what the app needs.
import { readMigrationDatabaseUrl } from "../config";
import { withConfiguredDatabase } from "./configured-database";
import { migrateDatabase } from "./migrate-database";
import { migrationErrorLine } from "./migration-error";

try {
  const ownerUrl = readMigrationDatabaseUrl(process.env);
  await withConfiguredDatabase(async (url) => {
    const applied = await migrateDatabase(url, ownerUrl);
    console.log(applied.length ? `Tillämpade migreringar: ${applied.join(", ")}` : "Databasen är redan uppdaterad.");
    if (ownerUrl) console.log("Appens databasroll har de rättigheter den behöver, och inga fler.");
  });
} catch (error) {
  console.error(`Migreringen misslyckades: ${migrationErrorLine(error)}`);
  process.exitCode = 1;
}
// Exit once done: the WebAssembly schema engine leaves a timer that would hold the process ~10 s.
process.exit(process.exitCode ?? 0);
