// The demo seed, in a database of its own: the run's shared database must never hold demo data.
import pg from "pg";
import Personnummer from "personnummer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS, formatDemoLogins } from "../../prisma/demo-users";
import { seedDemoData } from "../../prisma/seed";
import { buildAccessReads } from "../../prisma/seed/access-reads";
import { buildSeedData } from "../../prisma/seed/plan";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { verifyPassword } from "../../lib/server/password";
import { nextFollowUpDue } from "../../lib/rules";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrations";
import { createScratchDatabase, testServerUrl, type ScratchDatabase } from "../support/scratch-database";

const TODAY = "2026-03-16";

/** PGlite serves one database whatever the URL names, so a "new database" there would be the shared one. */
async function isEmbedded(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return rows[0]!.version.includes("PGlite");
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<ScratchDatabase> {
  const server = testServerUrl();
  if (server && !(await isEmbedded(server))) return createScratchDatabase("seedtest");
  const embedded = await startEmbeddedPostgres();
  await applyMigrations(embedded.url);
  return { url: embedded.url, ownerUrl: embedded.url, embedded: true, drop: embedded.stop };
}

const TABLES = [
  "Unit", "User", "Provider", "Supervisor", "Participant", "Placement", "IndividualAssessment",
  "FollowUp", "StageAssessment", "Outcome", "CustomProgramme", "AuditEvent",
] as const;

let database: ScratchDatabase;
let prisma: PrismaClient;

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

/** The last day of a period of `months` months from `start`: the day before day D N months on, or that month's last day. */
function lastDayOfPeriod(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const daysInTarget = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const last = d > daysInTarget ? new Date(Date.UTC(y, m - 1 + months, daysInTarget)) : new Date(Date.UTC(y, m - 1 + months, d - 1));
  return last.toISOString().slice(0, 10);
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

// Seed 002's table, written out again here so the test does not check the seed against itself.
const LIMITS: Record<string, Record<string, number>> = {
  JOB: { ARBETSTRANING: 6, FORSTARKT_ARBETSTRANING: 12, FORSTARKT_FORDJUPAD: 12 },
  UGA: { ARBETSTRANING: 3, FORSTARKT_ARBETSTRANING: 6, FORSTARKT_FORDJUPAD: 6 },
  ETP: { ARBETSTRANING: 6, FORSTARKT_ARBETSTRANING: 12, FORSTARKT_FORDJUPAD: 12 },
};

beforeAll(async () => {
  database = await freshDatabase();
  prisma = createPrismaClient(database.url);
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe("the demo seed", () => {
  let firstCounts: Record<string, number>;

  it("builds the same rows, ids included, every time for the same day", () => {
    expect(buildSeedData(TODAY)).toEqual(buildSeedData(TODAY));
  });

  it("writes the demo data once, and a second run changes nothing", async () => {
    expect(await seedDemoData(prisma, { today: TODAY })).toEqual({ created: true });
    firstCounts = await rowCounts();
    expect(firstCounts.Participant).toBeGreaterThanOrEqual(50);
    expect(firstCounts.Provider).toBe(6);
    expect(firstCounts.Unit).toBe(2);
    // The only events the seed writes: last month's reads of participants, for the logguppföljning to sample.
    expect(firstCounts.AuditEvent).toBe(buildAccessReads(buildSeedData(TODAY), TODAY).length);
    expect(await prisma.auditEvent.count({ where: { NOT: { action: "READ", entity: "Participant" } } })).toBe(0);

    expect(await seedDemoData(prisma, { today: TODAY })).toEqual({ created: false });
    expect(await rowCounts()).toEqual(firstCounts);
  }, 120_000);

  it("identifies participants by valid test personnummer (birth numbers 980–999, never assigned)", async () => {
    const participants = await prisma.participant.findMany();
    const coordination = participants.filter((p) => p.isCoordinationNumber);
    expect(coordination.length).toBeGreaterThanOrEqual(2);
    expect(participants.some((p) => p.protectedIdentity)).toBe(true);
    for (const p of participants) {
      const number = p.personalIdentityNumber;
      expect(number, `${p.firstName} ${p.lastName}`).toMatch(/^\d{12}$/);
      expect(Personnummer.valid(number), number).toBe(true);
      const parsed = Personnummer.parse(number);
      expect(Number(parsed.num), number).toBeGreaterThanOrEqual(980);
      expect(Number(parsed.num), number).toBeLessThanOrEqual(999);
      expect(parsed.isCoordinationNumber(), number).toBe(p.isCoordinationNumber);
      if (p.gender === "FEMALE") expect(parsed.isFemale(), number).toBe(true);
      if (p.gender === "MALE") expect(parsed.isMale(), number).toBe(true);
    }
  });

  it("gives providers well-formed organisationsnummer: Luhn over ten digits, third digit at least 2", async () => {
    const providers = await prisma.provider.findMany();
    expect(new Set(providers.map((p) => p.kind))).toEqual(new Set(["EMPLOYER", "ASF", "MUNICIPAL", "NON_PROFIT"]));
    for (const { organisationNumber } of providers) {
      expect(organisationNumber).toMatch(/^\d{6}-\d{4}$/);
      const digits = organisationNumber.replace("-", "").split("").map(Number);
      expect(digits[2]).toBeGreaterThanOrEqual(2);
      const sum = digits.reduce((acc, digit, i) => {
        const v = digit * (i % 2 === 0 ? 2 : 1);
        return acc + (v > 9 ? v - 9 : v);
      }, 0);
      expect(sum % 10, organisationNumber).toBe(0);
    }
  });

  it("lets every demo user sign in with the listed password, in the listed organisation", async () => {
    for (const demo of DEMO_USERS) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: demo.email }, include: { unit: true, provider: true } });
      expect(user.role).toBe(demo.role);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash, demo.password), demo.email).toBe(true);
      expect(await verifyPassword(user.passwordHash, `${demo.password}x`)).toBe(false);
      if (demo.role === "ANORDNARE") expect(user.provider?.name).toBe(demo.organisation);
      else if (demo.role === "ADMIN") expect([user.unitId, user.providerId]).toEqual([null, null]);
      else expect(user.unit?.name).toBe(demo.organisation);
    }
    expect(formatDemoLogins()).toContain("Handläggare");
  });

  it("has a placement for every programme and kind", async () => {
    const placements = await prisma.placement.findMany({ select: { programme: true, kind: true, mode: true, status: true } });
    for (const programme of ["JOB", "UGA", "ETP"]) {
      for (const kind of ["ARBETSTRANING", "FORSTARKT_ARBETSTRANING"]) {
        expect(placements.some((p) => p.programme === programme && p.kind === kind), `${programme} ${kind}`).toBe(true);
      }
    }
    expect(placements.some((p) => p.kind === "FORSTARKT_FORDJUPAD")).toBe(true);
    expect(new Set(placements.map((p) => p.mode))).toEqual(new Set(["ON_SITE", "REMOTE", "MIXED"]));
    for (const status of ["PLANNED", "ACTIVE", "ENDED"]) expect(placements.some((p) => p.status === status), status).toBe(true);
  });

  it("ends placements with every kind of outcome, an interruption always with its reason", async () => {
    const outcomes = await prisma.outcome.findMany({ include: { placement: true } });
    expect(new Set(outcomes.map((o) => o.kind))).toEqual(new Set(["WORK", "STUDIES", "WORK_TRIAL", "OTHER_MEASURE", "INTERRUPTED"]));
    for (const o of outcomes) {
      if (o.kind === "INTERRUPTED") expect(o.interruptReason).toBeTruthy();
      expect(o.placement?.status).toBe("ENDED");
      expect(o.placement?.actualEndDate).toEqual(o.date);
    }
  });

  it("keeps every placement within its programme's longest period, with an assessment before each decision", async () => {
    const placements = await prisma.placement.findMany({ include: { participant: { include: { assessments: true } }, previousPlacement: true } });
    const custom = new Map((await prisma.customProgramme.findMany()).map((c) => [c.code, c]));
    for (const p of placements) {
      const start = iso(p.startDate);
      const decided = iso(p.decisionDate);
      let months: number | undefined;
      const programme = custom.get(p.programme);
      if (programme) months = p.kind === "ARBETSTRANING" ? programme.maxMonthsArbetstraning : programme.maxMonthsForstarkt;
      else if (p.programme === "JOB" && p.kind === "ARBETSTRANING" && (p.participant.jobCompensableDays ?? 0) >= 450) months = 12;
      else months = LIMITS[p.programme]?.[p.kind];
      expect(months, `${p.programme} ${p.kind}`).toBeDefined();
      const end = iso(p.plannedEndDate);
      expect(end > start, p.id).toBe(true);
      expect(end <= lastDayOfPeriod(start, months!), `${p.programme} ${p.kind} ${start}–${end}`).toBe(true);
      expect(decided <= start || p.status === "CANCELLED").toBe(true);

      if (p.kind === "FORSTARKT_FORDJUPAD") expect(decided < "2023-10-01").toBe(true);
      if (!programme) expect(p.aioReason !== null, `${p.id} ${decided}`).toBe(decided >= "2023-10-01");

      const after = p.previousPlacement ? iso(p.previousPlacement.startDate) : "0000-00-00";
      const assessed = p.participant.assessments.some((a) => iso(a.date) <= decided && iso(a.date) > after);
      expect(assessed, `assessment before ${p.id}`).toBe(true);
      if (p.previousPlacement) expect(p.periodNumber).toBe(p.previousPlacement.periodNumber + 1);
    }
  });

  it("keeps each participant's current stage equal to their latest stage assessment, with some moving back", async () => {
    const participants = await prisma.participant.findMany({ include: { stageAssessments: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] } } });
    const order = ["KOMMA_IGANG", "PA_VAG", "NASTAN_FRAMME"];
    let movedBack = 0;
    for (const p of participants) {
      const history = p.stageAssessments;
      expect(history.length, p.id).toBeGreaterThan(0);
      expect(p.currentStage).toBe(history.at(-1)!.stage);
      const dates = history.map((s) => iso(s.date));
      expect(new Set(dates).size, "one stage assessment per day").toBe(dates.length);
      if (history.some((s, i) => i > 0 && order.indexOf(s.stage) < order.indexOf(history[i - 1]!.stage))) movedBack++;
    }
    expect(movedBack).toBeGreaterThanOrEqual(2);
    expect(new Set(participants.map((p) => p.currentStage)).size).toBe(3);
  });

  it("leaves follow-ups for the dashboards: reviewed and drafts, concerns, remote reviews, and some overdue", async () => {
    const followUps = await prisma.followUp.findMany({ include: { placement: true } });
    expect(new Set(followUps.map((f) => f.status))).toEqual(new Set(["DRAFT", "SUBMITTED", "REVIEWED"]));
    expect(followUps.some((f) => f.hasConcern)).toBe(true);
    for (const f of followUps) {
      expect(f.remoteReview !== null, f.id).toBe(f.placement.mode !== "ON_SITE");
      expect(f.reviewedAt !== null).toBe(f.status === "REVIEWED");
      expect(iso(f.date) >= iso(f.placement.startDate) && iso(f.date) <= TODAY).toBe(true);
    }
    const active = await prisma.placement.findMany({ where: { status: "ACTIVE" }, include: { followUps: true } });
    const cutoff = iso(new Date(Date.parse(`${TODAY}T00:00:00Z`) - 35 * 86_400_000));
    const overdue = active.filter((p) => iso(p.startDate) < cutoff && p.followUps.every((f) => iso(f.date) < cutoff));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const endSoon = iso(new Date(Date.parse(`${TODAY}T00:00:00Z`) + 30 * 86_400_000));
    expect(active.filter((p) => iso(p.plannedEndDate) <= endSoon).length).toBeGreaterThanOrEqual(3);
  });

  it("records each running placement's latest follow-up and next due date by lib/rules' cadence", async () => {
    const placements = await prisma.placement.findMany({ include: { followUps: { where: { status: { not: "DRAFT" } } }, participant: true } });
    for (const p of placements) {
      const last = p.followUps.map((f) => iso(f.date)).sort().at(-1) ?? null;
      expect(p.lastFollowUpOn ? iso(p.lastFollowUpOn) : null, p.id).toBe(last);
      expect(p.unitId).toBe(p.participant.unitId);
      const running = p.status === "ACTIVE" || p.status === "PLANNED";
      const due = running ? nextFollowUpDue({ startDate: iso(p.startDate), kind: p.kind, mode: p.mode, lastFollowUpDate: last, decisionDate: iso(p.decisionDate) }) : null;
      expect(p.nextFollowUpDueOn ? iso(p.nextFollowUpDueOn) : null, p.id).toBe(due);
    }
    expect(await prisma.placement.count({ where: { status: "ACTIVE", nextFollowUpDueOn: { lt: new Date(`${TODAY}T00:00:00Z`) } } })).toBeGreaterThanOrEqual(2);
  });

  it("ties each placement to the assessment that justified it, and each supervisor to their own login", async () => {
    const placements = await prisma.placement.findMany({ include: { assessment: true } });
    for (const p of placements) {
      expect(p.assessment?.participantId, p.id).toBe(p.participantId);
      expect(iso(p.assessment!.date) <= iso(p.decisionDate), p.id).toBe(true);
    }
    const supervisors = await prisma.supervisor.findMany({ include: { user: true } });
    for (const s of supervisors) expect(s.user?.providerId, s.name).toBe(s.providerId);
    expect(await prisma.participant.count({ where: { compensation: null } })).toBe(0);
  });
});
