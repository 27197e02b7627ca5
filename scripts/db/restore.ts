// npm run db:restore -- file — puts a backup from npm run db:backup back (the server's database, as
// the owner, or the embedded one) and checks every table against the backup's manifest.
import path from "node:path";
import { readDatabaseUrl, readMigrationDatabaseUrl } from "../config";
import { loginOf } from "./app-role";
import { restoreEmbedded, restoreServer } from "./backup-restore";
import { withEmbeddedDataDir } from "./configured-database";

try {
  if (!process.argv[2]) throw new Error("ange säkerhetskopians fil: npm run db:restore -- .data/backups/stegvis-….dump");
  const file = path.resolve(process.argv[2]);
  const appUrl = readDatabaseUrl(process.env);
  const ownerUrl = readMigrationDatabaseUrl(process.env);
  if (appUrl) {
    await restoreServer(ownerUrl ?? appUrl, file, ownerUrl ? loginOf(appUrl) : null);
    console.log(`Databasen är återläst från ${file}; varje tabell stämmer med säkerhetskopians kontrollsummor.`);
  } else {
    const { previous } = await withEmbeddedDataDir((dir) => restoreEmbedded(dir, file));
    console.log(`Den inbyggda databasen är återläst från ${file}; varje tabell stämmer med säkerhetskopians kontrollsummor.`);
    if (previous) console.log(`Den tidigare databasen ligger kvar i ${previous}; ta bort den när du inte behöver den.`);
  }
} catch (error) {
  console.error(`Återläsningen misslyckades: ${(error as Error).message}`);
  process.exitCode = 1;
}
