// npm run db:migration -- <name> — writes a migration folder from the change in prisma/schema.prisma.
import { createMigration } from "./migrations";

const name = process.argv.slice(2).join("_");
try {
  const folder = await createMigration(name);
  console.log(folder ? `Skrev prisma/migrations/${folder}` : "Schemat är oförändrat sedan senaste migreringen; ingen ny migrering.");
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
// Exit once done: the WebAssembly schema engine leaves a timer that would hold the process ~10 s.
process.exit(process.exitCode ?? 0);
