// npm run gallring -- --dry-run | --run — retention: lists (dry run) or anonymises participants whose
// last placement ended more than STEGVIS_RETENTION_YEARS years ago. Every run leaves an audit event.
import { userInfo } from "node:os";
import { today } from "../lib/server/clock";
import { retentionYears, runRetention } from "../lib/server/data-protection/retention";
import { createPrismaClient } from "../lib/server/prisma-client";
import { withConfiguredDatabase } from "./db/configured-database";

const USAGE = "Ange --dry-run för att se vilka deltagare som skulle anonymiseras, eller --run för att anonymisera dem.";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
try {
  if (dryRun === args.includes("--run")) throw new Error(USAGE);
  const years = retentionYears();
  await withConfiguredDatabase(async (url) => {
    const prisma = createPrismaClient(url);
    try {
      const run = await runRetention(prisma, { today: today(), years, dryRun, operator: userInfo().username });
      const verb = dryRun ? "skulle anonymiseras" : "anonymiserades";
      console.log(`Gallring: deltagare vars sista placering slutade före ${run.cutoff} (${years} år). ${run.participants.length} ${verb}.`);
      for (const p of run.participants) console.log(`  Ärende ${p.caseNumber}  ${p.unit}  senast ${p.lastActivity}`);
    } finally {
      await prisma.$disconnect();
    }
  });
} catch (error) {
  console.error(`Gallringen misslyckades: ${(error as Error).message}`);
  process.exitCode = 1;
}
