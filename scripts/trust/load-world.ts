// The data a load or fault run works on: the demo data, plus case officers of the Visby unit who all sign in,
// a provider with room for everyone, participants without placements (to register for, overlapping on purpose)
// and running placements (to extend concurrently, while the providers' users follow them up).
import { hashPassword } from "../../lib/server/password";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { knownTotpSecret } from "../../prisma/demo-second-factor";
import { seedDemoData } from "../../prisma/seed";
import { UNIT_IDS } from "../../prisma/seed/plan";
import { createListedParticipant, createPlacementOn, testOrganisationNumber } from "../../tests/support/factories";
import { applyMigrations } from "../db/migrations";
import { addDaysIso as addDays } from "../../lib/rules/dates";

export const LOAD_PASSWORD = "Last-prov-2026-lösenord";

export type LoadWorld = {
  officers: { id: string; email: string }[];
  /** Providers with room for everyone: several, as in life, so that registrations do not all queue on one row. */
  providers: string[];
  /** Participants to register placements for; every period asked for overlaps every other, so only the first per participant wins. */
  participants: string[];
  /** Running placements to extend, with their planned end as registered. */
  placements: { id: string; plannedEndDate: string; providerId: string }[];
  /** Users of the first few providers who follow their placements up: several per placement, so their submits race. */
  hosts: { id: string; email: string; providerId: string }[];
};

/** A participant of the unit (createListedParticipant draws another personnummer when one is taken). */
async function freshParticipant(prisma: ReturnType<typeof createPrismaClient>, unitId: string): Promise<string> {
  return (await createListedParticipant(prisma, { unitId, programme: "JOB" })).id;
}


/** How many providers the hosts share: few, so that several hosts follow up each of their placements at once. */
const HOST_PROVIDERS = 4;

export async function prepareLoadWorld(
  url: string,
  options: { officers: number; participants: number; placements: number; providers: number; day: string; hosts?: number },
): Promise<LoadWorld> {
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  try {
    await seedDemoData(prisma);
    const unitId = UNIT_IDS.visby;
    // One hash for all: hashing is slow on purpose, and every officer signs in with the same password.
    const passwordHash = await hashPassword(LOAD_PASSWORD);
    const officers = [];
    for (let i = 1; i <= options.officers; i++) {
      const email = `last${i}@stegvis.example`;
      // Case officers need a second factor: the app is set up with the secret the HTTP visitor knows.
      const totpCredential = { create: { secret: knownTotpSecret(email), lastUsedStep: 0 } };
      const user = await prisma.user.create({ data: { email, name: `Lasthandläggare ${i}`, role: "HANDLAGGARE", unitId, passwordHash, totpCredential } });
      officers.push({ id: user.id, email: user.email });
    }
    const providers = [];
    for (let i = 1; i <= options.providers; i++) {
      const provider = await prisma.provider.create({
        data: { organisationNumber: testOrganisationNumber(), name: `Lastprovets Anordnare ${i} AB`, kind: "EMPLOYER", municipalityCode: "0980", fieldsOfWork: ["Lager"], capacity: 1_000_000, unitId },
      });
      providers.push(provider.id);
    }
    const participants = [];
    for (let i = 0; i < options.participants; i++) participants.push(await freshParticipant(prisma, unitId));
    const placements = [];
    for (let i = 0; i < options.placements; i++) {
      const participantId = await freshParticipant(prisma, unitId);
      const plannedEndDate = addDays(options.day, 30);
      const placement = await createPlacementOn(prisma, {
        participantId,
        providerId: providers[i % providers.length]!,
        officerId: officers[0]!.id,
        decisionDate: addDays(options.day, -10),
        startDate: addDays(options.day, -5),
        plannedEndDate,
        status: "ACTIVE",
      });
      placements.push({ id: placement.id, plannedEndDate, providerId: providers[i % providers.length]! });
    }
    const hosts = [];
    for (let i = 1; i <= (options.hosts ?? 0); i++) {
      const providerId = providers[(i - 1) % Math.min(HOST_PROVIDERS, providers.length)]!;
      const user = await prisma.user.create({ data: { email: `lastanordnare${i}@stegvis.example`, name: `Lastanordnare ${i}`, role: "ANORDNARE", providerId, passwordHash } });
      hosts.push({ id: user.id, email: user.email, providerId });
    }
    return { officers, providers, participants, placements, hosts };
  } finally {
    await prisma.$disconnect();
  }
}
