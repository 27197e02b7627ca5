// Builders for the dashboard's tests: participants with the gender, birth year, stage history,
// placement and outcome a test names, written straight to the database.
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import type { Gender, OutcomeKind, PlacementKind, PlacementMode, PlacementStatus, Stage } from "../../lib/server/generated/prisma/enums";
import { CHECKED_TEST_SERIALS, luhnCheckDigit } from "../../prisma/seed/identity";
import { createProvider, createUnit, createUser, PERSONAL_NUMBER_KEY, withUntaken } from "./factories";

let sequence = Math.floor(Math.random() * 100_000);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A personnummer in the test series born on the 1st of a month of `year`, unique within the process. */
function bornIn(year: number): string {
  const n = sequence++;
  const month = String(1 + (n % 12)).padStart(2, "0");
  const dayOfMonth = String(1 + (Math.floor(n / 12) % 28)).padStart(2, "0");
  const serial = String(CHECKED_TEST_SERIALS.first + (Math.floor(n / 336) % CHECKED_TEST_SERIALS.count));
  const ten = `${String(year).slice(2)}${month}${dayOfMonth}${serial}`;
  return `${year}${ten.slice(2)}${luhnCheckDigit(ten)}`;
}

export type PersonSpec = {
  gender?: Gender;
  birthYear?: number;
  municipalityCode?: string;
  programme?: string;
  unitId?: string;
  /** Stage assessments in date order; the last is the current stage. */
  stages?: [date: string, stage: Stage][];
  placement?: {
    status?: PlacementStatus;
    kind?: PlacementKind;
    mode?: PlacementMode;
    providerId?: string;
    start?: string;
    plannedEnd?: string;
    actualEnd?: string;
    nextFollowUpDueOn?: string;
  };
  outcome?: { kind: OutcomeKind; date: string };
};

/** A unit, a provider and an officer, and a `person` builder that puts participants there. */
export async function dashboardWorld(db: PrismaClient, data: { municipalityCode?: string } = {}) {
  const unit = await createUnit(db, { municipalityCode: data.municipalityCode ?? "0980" });
  const provider = await createProvider(db);
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });

  async function person(spec: PersonSpec = {}) {
    const stages = spec.stages ?? [];
    const unitId = spec.unitId ?? unit.id;
    const create = (personalIdentityNumber: string) =>
      db.participant.create({
        data: {
          personalIdentityNumber,
          firstName: "Test",
          lastName: `Deltagare ${sequence}`,
          gender: spec.gender ?? "FEMALE",
          municipalityCode: spec.municipalityCode ?? data.municipalityCode ?? "0980",
          programme: spec.programme ?? "JOB",
          unitId,
          currentStage: stages.at(-1)?.[1] ?? "KOMMA_IGANG",
        },
      });
    const participant = await withUntaken(PERSONAL_NUMBER_KEY, create, () => bornIn(spec.birthYear ?? 1990));
    for (const [date, stage] of stages) {
      await db.stageAssessment.create({ data: { participantId: participant.id, stage, date: day(date), assessedById: officer.id, reason: "Test" } });
    }
    const outcome = spec.outcome
      ? await db.outcome.create({ data: { participantId: participant.id, kind: spec.outcome.kind, date: day(spec.outcome.date), recordedById: officer.id } })
      : null;
    if (spec.placement) {
      const p = spec.placement;
      const start = p.start ?? "2026-01-15";
      const assessment = await db.individualAssessment.create({
        data: { participantId: participant.id, date: day(start), assessedById: officer.id, reasoning: "Test", conclusion: "Arbetsträning" },
      });
      await db.placement.create({
        data: {
          participantId: participant.id,
          unitId,
          providerId: p.providerId ?? provider.id,
          assessmentId: assessment.id,
          programme: spec.programme ?? "JOB",
          kind: p.kind ?? "ARBETSTRANING",
          mode: p.mode ?? "ON_SITE",
          decisionDate: day(start),
          startDate: day(start),
          plannedEndDate: day(p.plannedEnd ?? "2026-07-14"),
          actualEndDate: p.actualEnd ? day(p.actualEnd) : null,
          nextFollowUpDueOn: p.nextFollowUpDueOn ? day(p.nextFollowUpDueOn) : null,
          hoursPerWeek: 20,
          goals: "Test",
          tasks: "Test",
          status: p.status ?? "ACTIVE",
          outcomeId: outcome?.id ?? null,
        },
      });
    }
    return participant;
  }

  /** `count` people alike. */
  async function people(count: number, spec: PersonSpec = {}) {
    for (let i = 0; i < count; i++) await person(spec);
  }

  return { unit, provider, officer, person, people };
}

/** A coordinator with the grants named (none: no scope), granted by a fresh admin. */
export async function coordinatorWith(db: PrismaClient, grants: { unitIds?: string[]; municipalityCodes?: string[]; national?: boolean } = {}) {
  const coordinator = await createUser(db, { role: "KOORDINATOR" });
  const admin = await createUser(db, { role: "ADMIN" });
  const base = { userId: coordinator.id, grantedById: admin.id };
  const rows = [
    ...(grants.national ? [{ ...base, national: true }] : []),
    ...(grants.unitIds ?? []).map((unitId) => ({ ...base, unitId })),
    ...(grants.municipalityCodes ?? []).map((municipalityCode) => ({ ...base, municipalityCode })),
  ];
  if (rows.length > 0) await db.coordinatorScope.createMany({ data: rows });
  return coordinator;
}
