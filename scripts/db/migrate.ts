// npm run db:migrate — applies prisma/migrations to DATABASE_URL (or to the embedded database under .data/).
import { applyMigrations } from "./migrations";
import { withConfiguredDatabase } from "./configured-database";

await withConfiguredDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Tillämpade migreringar: ${applied.join(", ")}` : "Databasen är redan uppdaterad.");
});
