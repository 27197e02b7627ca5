// npm run db:backup [-- file] — saves the database (DATABASE_URL's server as the owner, or the embedded
// one) to a file in .data/backups/ unless one is named, with a manifest of per-table checksums beside it.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { readDatabaseUrl, readMigrationDatabaseUrl } from "../config";
import { backupEmbedded, backupServer } from "./backup-restore";
import { DATA_DIR, withEmbeddedDataDir } from "./configured-database";

function defaultFile(kind: "server" | "embedded"): string {
  const dir = path.join(DATA_DIR, "backups");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  return path.join(dir, `stegvis-${stamp}.${kind === "server" ? "dump" : "tar.gz"}`);
}

try {
  const appUrl = readDatabaseUrl(process.env);
  const ownerUrl = readMigrationDatabaseUrl(process.env) ?? appUrl;
  const file = process.argv[2] ? path.resolve(process.argv[2]) : defaultFile(ownerUrl ? "server" : "embedded");
  const manifest = ownerUrl ? await backupServer(ownerUrl, file) : await withEmbeddedDataDir((dir) => backupEmbedded(dir, file));
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(`Säkerhetskopian är sparad: ${file}\n${Object.keys(manifest.tables).length} tabeller, ${rows} rader; kontrollsummorna finns i ${file}.json.`);
  console.log("Den innehåller personuppgifter: förvara den krypterad och åtkomstskyddad, och gallra den som databasen.");
} catch (error) {
  console.error(`Säkerhetskopieringen misslyckades: ${(error as Error).message}`);
  process.exitCode = 1;
}
