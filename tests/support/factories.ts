// Small builders for integration tests: each creates exactly what a test names, with unique values.
import { randomInt, randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import type { Role } from "../../lib/server/generated/prisma/enums";
import { hashPassword } from "../../lib/server/password";
import { requiresSecondFactor } from "../../lib/domain/second-factor";
import { knownTotpSecret } from "../../prisma/demo-second-factor";
import { CHECKED_TEST_SERIALS, luhnCheckDigit, UNCHECKED_TEST_SERIALS } from "../../prisma/seed/identity";
import type { SessionUser } from "../../lib/server/session-user";

let sequence = 0;
// Wide, so that two test files of a run (each with its own sequence, into one database) seldom draw alike.
const next = () => ++sequence + randomInt(1_000_000_000);

/**
 * The personnummer at `n` of a test series: the birth numbers of `serials` (a half of Skatteverket's test
 * numbers, 980–999). Each part comes from its own digits of n, so n from 0 to TEST_SERIES_SIZE - 1 gives each
 * number of the series once; taking every part as n modulo 40, 12, 28 and 10 would give only their lcm.
 */
function testSeriesNumber(n: number, serials: { first: number; count: number }): string {
  const year = 1960 + (n % 40);
  const month = String(1 + (Math.floor(n / 40) % 12)).padStart(2, "0");
  const day = String(1 + (Math.floor(n / 480) % 28)).padStart(2, "0");
  const serial = String(serials.first + (Math.floor(n / 13_440) % serials.count));
  const ten = `${String(year).slice(2)}${month}${day}${serial}`;
  return `${year}${month}${day}${serial}${luhnCheckDigit(ten)}`;
}

const TEST_SERIES_SIZE = 40 * 12 * 28 * 10;

/** A valid personnummer in Skatteverket's test series, birth number 980–989 (`uniqueTestPersonalNumber` has 990–999), 12 digits. */
export function testPersonalNumber(n = next()): string {
  return testSeriesNumber(n, CHECKED_TEST_SERIALS);
}

export async function createUnit(db: PrismaClient, data: Partial<{ name: string; municipalityCode: string }> = {}) {
  return db.unit.create({ data: { name: data.name ?? `Enhet ${next()}`, kind: "ARBETSFORMEDLINGEN", municipalityCode: data.municipalityCode ?? "0980" } });
}

export async function createProvider(db: PrismaClient, data: Partial<{ name: string }> = {}) {
  return withUntaken(
    "Provider_organisationNumber_key",
    (organisationNumber) =>
      db.provider.create({
        data: { organisationNumber, name: data.name ?? `Anordnare ${organisationNumber} AB`, kind: "EMPLOYER", municipalityCode: "0980", fieldsOfWork: ["Lager"], capacity: 3 },
      }),
    () => `55${String(next()).padStart(8, "0").slice(-8)}`,
  );
}

export async function createUser(
  db: PrismaClient,
  data: { role: Role; unitId?: string | null; providerId?: string | null; password?: string; active?: boolean; email?: string },
): Promise<SessionUser & { password: string }> {
  const password = data.password ?? `Lösen-${randomUUID()}`;
  // A uuid, not a drawn number: every test file of a run draws its own, into one database.
  const email = (data.email ?? `user-${randomUUID()}@test.example`).toLowerCase();
  const user = await db.user.create({
    data: {
      email,
      name: `Testperson ${next()}`,
      role: data.role,
      unitId: data.unitId ?? null,
      providerId: data.providerId ?? null,
      active: data.active ?? true,
      passwordHash: await hashPassword(password),
      // Roles that must have a second factor come with their app set up, with the secret the sign-in helpers know.
      ...(requiresSecondFactor(data.role) && { totpCredential: { create: { secret: knownTotpSecret(email), lastUsedStep: 0 } } }),
    },
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId, providerId: user.providerId, password };
}

/**
 * Creates with a drawn value of a unique column, drawing another when the first is taken. Every test file
 * of a run draws its own values into one database, and some series are small (the personnummer test series
 * holds 134 400 numbers), so two files meet on a value now and then; a test must not fail by that chance.
 */
export async function withUntaken<T>(constraint: string, create: (value: string) => Promise<T>, draw: () => string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create(draw());
    } catch (error) {
      if (attempt >= 20 || !String((error as Error).message).includes(constraint)) throw error;
    }
  }
}

export const PERSONAL_NUMBER_KEY = "Participant_personalIdentityNumber_key";

/** A personnummer of the test series that no participant in the database has yet, for a test that registers one. */
export async function untakenPersonalNumber(db: PrismaClient): Promise<string> {
  for (;;) {
    const number = testPersonalNumber();
    if ((await db.participant.count({ where: { personalIdentityNumber: number } })) === 0) return number;
  }
}

export async function createParticipant(db: PrismaClient, data: { unitId: string; responsibleOfficerId?: string | null; programme?: string }) {
  const create = (personalIdentityNumber: string) =>
    db.participant.create({
      data: {
        personalIdentityNumber,
        firstName: "Test",
        lastName: `Deltagare ${next()}`,
        gender: "FEMALE",
        municipalityCode: "0980",
        programme: data.programme ?? "JOB",
        unitId: data.unitId,
        responsibleOfficerId: data.responsibleOfficerId ?? null,
      },
    });
  return withUntaken(PERSONAL_NUMBER_KEY, create, testPersonalNumber);
}

export async function createPlacement(db: PrismaClient, data: { participantId: string; providerId: string; status?: "PLANNED" | "ACTIVE" | "ENDED" }) {
  const { unitId } = await db.participant.findUniqueOrThrow({ where: { id: data.participantId }, select: { unitId: true } });
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
  const assessment = await db.individualAssessment.create({
    data: { participantId: data.participantId, date: new Date("2026-01-05T00:00:00Z"), assessedById: officer.id, reasoning: "Behöver träna arbetsrutiner", conclusion: "Arbetsträning är lämpligast" },
  });
  return db.placement.create({
    data: {
      unitId,
      assessmentId: assessment.id,
      participantId: data.participantId,
      providerId: data.providerId,
      programme: "JOB",
      kind: "ARBETSTRANING",
      decisionDate: new Date("2026-01-10T00:00:00Z"),
      startDate: new Date("2026-01-15T00:00:00Z"),
      plannedEndDate: new Date("2026-07-14T00:00:00Z"),
      hoursPerWeek: 20,
      goals: "Träna arbetsrutiner",
      tasks: "Plock och pack",
      aioReason: "QUEUE",
      status: data.status ?? "ACTIVE",
    },
  });
}

export async function createSupervisor(db: PrismaClient, data: { providerId: string; name?: string }) {
  return db.supervisor.create({ data: { providerId: data.providerId, name: data.name ?? `Handledare ${next()}` } });
}

/** An individual assessment of the participant, by a case officer of the participant's unit. */
export async function createAssessment(db: PrismaClient, data: { participantId: string; date: string; suitable?: boolean }) {
  const { unitId } = await db.participant.findUniqueOrThrow({ where: { id: data.participantId }, select: { unitId: true } });
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
  return db.individualAssessment.create({
    data: {
      participantId: data.participantId,
      date: new Date(`${data.date}T00:00:00Z`),
      assessedById: officer.id,
      reasoning: "Behöver träna arbetsrutiner",
      conclusion: "Arbetsträning är lämpligast",
      suitable: data.suitable ?? true,
    },
  });
}
/**
 * A placement with the dates a test names (calendar days "YYYY-MM-DD"), made by `officer` after an
 * individual assessment on the decision date. Defaults: JOB, arbetsträning, planned.
 */
export async function createPlacementOn(
  db: PrismaClient,
  data: {
    participantId: string;
    providerId: string;
    officerId: string;
    startDate: string;
    plannedEndDate: string;
    decisionDate?: string;
    status?: "PLANNED" | "ACTIVE" | "ENDED";
    kind?: "ARBETSTRANING" | "FORSTARKT_ARBETSTRANING";
    programme?: string;
    previousPlacementId?: string;
    periodNumber?: number;
  },
) {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const decisionDate = data.decisionDate ?? data.startDate;
  const { unitId } = await db.participant.findUniqueOrThrow({ where: { id: data.participantId }, select: { unitId: true } });
  const assessment = await db.individualAssessment.create({
    data: { participantId: data.participantId, date: day(decisionDate), assessedById: data.officerId, reasoning: "Behöver träna arbetsrutiner", conclusion: "Arbetsträning är lämpligast" },
  });
  return db.placement.create({
    data: {
      unitId,
      assessmentId: assessment.id,
      participantId: data.participantId,
      providerId: data.providerId,
      decidedById: data.officerId,
      programme: data.programme ?? "JOB",
      kind: data.kind ?? "ARBETSTRANING",
      decisionDate: day(decisionDate),
      startDate: day(data.startDate),
      plannedEndDate: day(data.plannedEndDate),
      hoursPerWeek: 20,
      goals: "Träna arbetsrutiner",
      tasks: "Plock och pack",
      aioReason: "QUEUE",
      status: data.status ?? "PLANNED",
      previousPlacementId: data.previousPlacementId ?? null,
      periodNumber: data.periodNumber ?? 1,
    },
  });
}

/** A valid samordningsnummer (day of birth + 60) in the test series, 12 digits. */
export function testCoordinationNumber(n = next()): string {
  const personal = testPersonalNumber(n);
  const day = String(Number(personal.slice(6, 8)) + 60);
  const ten = `${personal.slice(2, 6)}${day}${personal.slice(8, 11)}`;
  return `${personal.slice(0, 6)}${day}${personal.slice(8, 11)}${luhnCheckDigit(ten)}`;
}

/** The same number with a wrong last digit (kontrollsiffra). */
export function withWrongCheckDigit(twelveDigits: string): string {
  return `${twelveDigits.slice(0, 11)}${(Number(twelveDigits[11]) + 1) % 10}`;
}

/** A participant with protected identity (skyddad identitet) and a known name. */
export async function createProtectedParticipant(db: PrismaClient, data: { unitId: string; firstName: string; lastName: string }) {
  const participant = await createParticipant(db, { unitId: data.unitId });
  return db.participant.update({ where: { id: participant.id }, data: { protectedIdentity: true, firstName: data.firstName, lastName: data.lastName } });
}

const listedDrawn = new Set<number>();

/**
 * A personnummer in the test series that no other call in this process returns (134 400 in all), and never one
 * `testPersonalNumber` returns: birth numbers 990–999, where that one has 980–989. Drawn at random, not in
 * sequence: two files' sequences could overlap for longer than a retry can skip.
 */
export function uniqueTestPersonalNumber(): string {
  let n: number;
  do n = randomInt(TEST_SERIES_SIZE);
  while (listedDrawn.has(n));
  listedDrawn.add(n);
  return testSeriesNumber(n, UNCHECKED_TEST_SERIALS);
}

/** A participant with the details a list shows and filters on; everything not named gets a plain default. */
export async function createListedParticipant(
  db: PrismaClient,
  data: {
    unitId: string;
    responsibleOfficerId?: string | null;
    firstName?: string;
    lastName?: string;
    personalIdentityNumber?: string;
    programme?: string;
    currentStage?: "KOMMA_IGANG" | "PA_VAG" | "NASTAN_FRAMME";
    protectedIdentity?: boolean;
    createdAt?: Date;
  },
) {
  const create = (personalIdentityNumber: string) =>
    db.participant.create({
      data: {
        personalIdentityNumber,
        firstName: data.firstName ?? "Test",
        lastName: data.lastName ?? `Deltagare ${next()}`,
        gender: "FEMALE",
        municipalityCode: "0980",
        programme: data.programme ?? "JOB",
        unitId: data.unitId,
        responsibleOfficerId: data.responsibleOfficerId ?? null,
        currentStage: data.currentStage ?? "KOMMA_IGANG",
        protectedIdentity: data.protectedIdentity ?? false,
        createdAt: data.createdAt,
      },
    });
  return data.personalIdentityNumber ? create(data.personalIdentityNumber) : withUntaken(PERSONAL_NUMBER_KEY, create, uniqueTestPersonalNumber);
}

/**
 * A valid organisationsnummer "NNNNNN-NNNN" (the stored form) in the legal-form 5 series (aktiebolag), unique per
 * call. Its check digit is right; `wrongCheckDigit` gives the same number with a check digit that is not.
 */
export function testOrganisationNumber(n = next()): string {
  const nine = `5${String(n).padStart(8, "0").slice(-8)}`.replace(/^(\d\d)[01]/, "$12");
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

export function wrongCheckDigit(organisationNumber: string): string {
  const last = Number(organisationNumber.at(-1));
  return `${organisationNumber.slice(0, -1)}${(last + 1) % 10}`;
}
