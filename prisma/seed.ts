// npm run db:seed — migrates the configured database and fills it with Swedish demo data.
// Running it again changes nothing: the data is written once, in one transaction.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "../lib/server/generated/prisma/client";
import { createPrismaClient } from "../lib/server/prisma-client";
import { hashPassword } from "../lib/server/password";
import { requiresSecondFactor } from "../lib/domain/second-factor";
import { knownTotpSecret } from "./demo-second-factor";
import { DEMO_USERS } from "./demo-users";
import { assertIsoDate, todayInStockholm } from "./seed/dates";
import { buildSeedData, UNIT_IDS, type UserSeed } from "./seed/plan";
import { buildAccessReads } from "./seed/access-reads";
import { buildAgreements } from "./seed/agreements";
import { buildProposals } from "./seed/proposals";

export interface SeedOptions {
  /** The day the demo data is built around, "YYYY-MM-DD"; default today in Europe/Stockholm. */
  today?: string;
}

/** Serialises concurrent seeds of one database (an arbitrary constant key). */
const ADVISORY_LOCK_KEY = 728_463_190;

async function demoDataExists(prisma: Pick<PrismaClient, "unit" | "user">): Promise<boolean> {
  const [unit, user] = await Promise.all([
    prisma.unit.findFirst({ where: { id: { in: Object.values(UNIT_IDS) } }, select: { id: true } }),
    prisma.user.findFirst({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { id: true } }),
  ]);
  return unit !== null || user !== null;
}

/**
 * Writes the demo data unless it is already there ({ created: false } then).
 * Everything is written in one transaction, so a failure leaves nothing behind.
 */
export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<{ created: boolean }> {
  const today = assertIsoDate(options.today ?? todayInStockholm());
  // A cheap check first, so a second run does not spend time hashing passwords.
  if (await demoDataExists(prisma)) return { created: false };

  const data = buildSeedData(today);
  // argon2id for every user; users without a demo login get a random password nobody knows.
  const hashes = await Promise.all(
    data.users.map((u) => hashPassword(u.demoPassword ?? randomBytes(24).toString("base64url"))),
  );
  const users = data.users.map((u, i) => ({ ...u.row, passwordHash: hashes[i]! }));

  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_KEY})`);
      // Checked again under the lock: another seed may have finished meanwhile.
      if (await demoDataExists(tx)) return { created: false };
      await tx.unit.createMany({ data: data.units });
      await tx.provider.createMany({ data: data.providers });
      await tx.user.createMany({ data: users });
      await tx.totpCredential.createMany({ data: demoSecondFactors(data.users) });
      await tx.coordinatorScope.createMany({ data: data.coordinatorScopes });
      await tx.supervisor.createMany({ data: data.supervisors });
      await tx.customProgramme.createMany({ data: data.customProgrammes });
      await tx.participant.createMany({ data: data.participants });
      await tx.outcome.createMany({ data: data.outcomes });
      // First periods before the periods that point back at them.
      const ordered = [...data.placements].sort((a, b) => (a.periodNumber ?? 1) - (b.periodNumber ?? 1));
      await tx.individualAssessment.createMany({ data: data.assessments });
      await tx.placement.createMany({ data: ordered });
      await tx.followUp.createMany({ data: data.followUps });
      await tx.stageAssessment.createMany({ data: data.stageAssessments });
      await seedProposals(tx, buildProposals(data, today));
      await tx.auditEvent.createMany({ data: buildAccessReads(data, today) });
      const agreements = buildAgreements(data, today);
      await tx.agreementVersion.createMany({ data: agreements.versions });
      await tx.agreementApproval.createMany({ data: agreements.approvals });
      return { created: true };
    },
    // Generous limits: the embedded PGlite is several times slower than PostgreSQL.
    { maxWait: 60_000, timeout: 180_000 },
  );
}

/** The demo proposals, and what the accepted one changed in its placement. */
async function seedProposals(tx: Pick<PrismaClient, "placementProposal" | "placementEvent" | "placement">, seed: ReturnType<typeof buildProposals>) {
  await tx.placementProposal.createMany({ data: seed.proposals });
  for (const link of seed.links) await tx.placementProposal.update({ where: { id: link.id }, data: { replacedById: link.replacedById } });
  for (const change of seed.hours) await tx.placement.update({ where: { id: change.placementId }, data: { hoursPerWeek: change.hoursPerWeek } });
  await tx.placementEvent.createMany({ data: seed.events });
}

async function main(): Promise<void> {
  // Imported here so that importing seedDemoData (tests) does not load the embedded server.
  const { withConfiguredDatabase } = await import("../scripts/db/configured-database");
  const { migrateDatabase } = await import("../scripts/db/migrate-database");
  const { readMigrationDatabaseUrl } = await import("../scripts/config");
  const ownerUrl = readMigrationDatabaseUrl(process.env);
  await withConfiguredDatabase(async (url) => {
    await migrateDatabase(url, ownerUrl);
    const prisma = createPrismaClient(url);
    try {
      const started = Date.now();
      const { created } = await seedDemoData(prisma);
      if (!created) {
        console.log("Demodata finns redan i databasen; inget ändrades.");
        return;
      }
      const [participants, placements, followUps] = await Promise.all([
        prisma.participant.count(),
        prisma.placement.count(),
        prisma.followUp.count(),
      ]);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `Demodata skapad på ${seconds} s: ${participants} deltagare, ${placements} placeringar, ${followUps} uppföljningar och ${DEMO_USERS.length} demoinloggningar.`,
      );
    } finally {
      await prisma.$disconnect();
    }
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Exit once done: the WebAssembly schema engine leaves a timer that would hold the process ~10 s.
  main().then(() => process.exit(0), (error: unknown) => {
    const message = error instanceof Error ? error.message.split("\n").filter((l) => l.trim()).at(-1)?.trim() ?? error.name : String(error);
    console.error(`Demodata kunde inte skapas: ${message}`);
    process.exit(1);
  });
}

/** Demo logins whose role requires a second factor come with their app set up (prisma/demo-second-factor.ts). */
function demoSecondFactors(users: UserSeed[]) {
  return users.filter((u) => u.demoPassword && requiresSecondFactor(u.row.role)).map((u) => ({ userId: u.row.id!, secret: knownTotpSecret(u.row.email), lastUsedStep: 0 }));
}
