// Small builders for integration tests: each creates exactly what a test names, with unique values.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import type { Role } from "../../lib/server/generated/prisma/enums";
import { hashPassword } from "../../lib/server/password";
import { luhnCheckDigit } from "../../prisma/seed/identity";
import type { SessionUser } from "../../lib/server/session-user";

let sequence = 0;
const next = () => ++sequence + Math.floor(Math.random() * 1_000_000);

/** A valid personnummer in Skatteverket's test series (birth number 980–999), 12 digits. */
export function testPersonalNumber(n = next()): string {
  // Each part from its own digits of n: taking them all as n modulo 40, 12, 28 and 20 gave only 840 numbers (their lcm).
  const year = 1960 + (n % 40);
  const month = String(1 + (Math.floor(n / 40) % 12)).padStart(2, "0");
  const day = String(1 + (Math.floor(n / 480) % 28)).padStart(2, "0");
  const serial = String(980 + (Math.floor(n / 13_440) % 20));
  const ten = `${String(year).slice(2)}${month}${day}${serial}`;
  return `${year}${month}${day}${serial}${luhnCheckDigit(ten)}`;
}

export async function createUnit(db: PrismaClient, data: Partial<{ name: string; municipalityCode: string }> = {}) {
  return db.unit.create({ data: { name: data.name ?? `Enhet ${next()}`, kind: "ARBETSFORMEDLINGEN", municipalityCode: data.municipalityCode ?? "0980" } });
}

export async function createProvider(db: PrismaClient, data: Partial<{ name: string }> = {}) {
  const n = next();
  return db.provider.create({
    data: { organisationNumber: `55${String(n).padStart(8, "0").slice(-8)}`, name: data.name ?? `Anordnare ${n} AB`, kind: "EMPLOYER", municipalityCode: "0980", fieldsOfWork: ["Lager"], capacity: 3 },
  });
}

export async function createUser(
  db: PrismaClient,
  data: { role: Role; unitId?: string | null; providerId?: string | null; password?: string; active?: boolean; email?: string },
): Promise<SessionUser & { password: string }> {
  const password = data.password ?? `Lösen-${randomUUID()}`;
  const user = await db.user.create({
    data: {
      email: (data.email ?? `user${next()}@test.example`).toLowerCase(),
      name: `Testperson ${next()}`,
      role: data.role,
      unitId: data.unitId ?? null,
      providerId: data.providerId ?? null,
      active: data.active ?? true,
      passwordHash: await hashPassword(password),
    },
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId, providerId: user.providerId, password };
}

export async function createParticipant(db: PrismaClient, data: { unitId: string; responsibleOfficerId?: string | null; programme?: string }) {
  return db.participant.create({
    data: {
      personalIdentityNumber: testPersonalNumber(),
      firstName: "Test",
      lastName: `Deltagare ${next()}`,
      gender: "FEMALE",
      municipalityCode: "0980",
      programme: data.programme ?? "JOB",
      unitId: data.unitId,
      responsibleOfficerId: data.responsibleOfficerId ?? null,
    },
  });
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
