// npm run db:migrate — applies prisma/migrations to DATABASE_URL (or to the embedded database under .data/).
import { applyMigrations } from "./migrations";
import { withConfiguredDatabase } from "./configured-database";
import { migrationErrorLine } from "./migration-error";

try {
  await withConfiguredDatabase(async (url) => {
    const applied = await applyMigrations(url);
    console.log(applied.length ? `Tillämpade migreringar: ${applied.join(", ")}` : "Databasen är redan uppdaterad.");
  });
} catch (error) {
  console.error(`Migreringen misslyckades: ${migrationErrorLine(error)}`);
  process.exitCode = 1;
}
// Exit once done: the WebAssembly schema engine leaves a timer that would hold the process ~10 s.
process.exit(process.exitCode ?? 0);
