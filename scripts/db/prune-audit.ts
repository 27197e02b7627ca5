// npm run db:prune-audit -- --dry-run | --run [--years N] — deletes audit events older than N years
// (default and minimum 5) as the owner: MIGRATION_DATABASE_URL on a server, or the embedded database.
import { userInfo } from "node:os";
import { AUDIT_RETENTION } from "../../lib/rules";
import { readMigrationDatabaseUrl } from "../config";
import { auditCutoff, pruneAuditEvents } from "./audit-retention";
import { withConfiguredDatabase } from "./configured-database";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const yearsArg = args.indexOf("--years");
try {
  if (dryRun === args.includes("--run")) throw new Error("ange --dry-run för att räkna, eller --run för att ta bort.");
  const years = yearsArg >= 0 ? Number(args[yearsArg + 1]) : AUDIT_RETENTION.minYears;
  const before = auditCutoff(new Date(), years);
  const ownerUrl = readMigrationDatabaseUrl(process.env);
  await withConfiguredDatabase(async (url) => {
    const result = await pruneAuditEvents(ownerUrl ?? url, { before, dryRun, operator: userInfo().username });
    console.log(`Granskningshändelser äldre än ${before.toISOString().slice(0, 10)}: ${result.count} ${dryRun ? "skulle tas bort" : "togs bort"}.`);
  });
} catch (error) {
  console.error(`Gallringen av granskningsloggen misslyckades: ${(error as Error).message}`);
  process.exitCode = 1;
}
