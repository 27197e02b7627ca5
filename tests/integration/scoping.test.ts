import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, aggregateScope, participantScope, placementScope } from "@/lib/server/authz";
import { listCaseload } from "@/lib/server/caseload";
import { coverageFor } from "@/lib/server/coordinator-scope";
import { dashboardNow } from "@/lib/server/dashboard";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { listProviderPlacements } from "@/lib/server/provider-placements";
import { listUsers } from "@/lib/server/users";
import { DEFAULT_CASELOAD_FILTER } from "@/lib/validation/caseload-filter";
import { parseDashboardParams } from "@/lib/validation/dashboard-filter";
import { coordinatorWith } from "../support/dashboard-factories";
import { createParticipant, createPlacement, createProvider, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("scoped reads", () => {
  let world: Awaited<ReturnType<typeof buildWorld>>;
  async function buildWorld() {
    const [unitA, unitB] = [await createUnit(db), await createUnit(db)];
    const [providerA, providerB] = [await createProvider(db), await createProvider(db)];
    const officerA = await createUser(db, { role: "HANDLAGGARE", unitId: unitA.id });
    const hostA = await createUser(db, { role: "ANORDNARE", providerId: providerA.id });
    const coordinator = await coordinatorWith(db, { unitIds: [unitB.id] });
    const admin = await createUser(db, { role: "ADMIN" });
    const inA = await createParticipant(db, { unitId: unitA.id, responsibleOfficerId: officerA.id });
    const inB = await createParticipant(db, { unitId: unitB.id });
    const atA = await createPlacement(db, { participantId: inA.id, providerId: providerA.id });
    const atB = await createPlacement(db, { participantId: inB.id, providerId: providerB.id });
    return { unitA, unitB, officerA, hostA, coordinator, admin, inA, inB, atA, atB };
  }
  beforeAll(async () => {
    world = await buildWorld();
  });

  it("an anordnare sees only their own organisation's placements", async () => {
    // On a day inside the factory's placement: a host sees a placement until 40 days after its end.
    const previousToday = process.env.STEGVIS_TODAY;
    process.env.STEGVIS_TODAY = "2026-03-02";
    const shown = await listProviderPlacements(world.hostA)
      .then((list) => list.current)
      .finally(() => (previousToday === undefined ? delete process.env.STEGVIS_TODAY : (process.env.STEGVIS_TODAY = previousToday)));
    expect(shown.map((p) => p.id)).toEqual([world.atA.id]);
    expect(await db.placement.count({ where: { AND: [placementScope(world.hostA), { id: world.atB.id }] } })).toBe(0);
  });

  it("a case officer sees their unit's participants and placements, not another unit's", async () => {
    expect(await db.participant.count({ where: { AND: [participantScope(world.officerA), { id: world.inB.id }] } })).toBe(0);
    expect(await db.participant.count({ where: { AND: [participantScope(world.officerA), { id: world.inA.id }] } })).toBe(1);
    expect(await db.placement.count({ where: { AND: [placementScope(world.officerA), { id: { in: [world.atA.id, world.atB.id] } }] } })).toBe(1);
  });

  it("a coordinator's figures cover their granted unit, and they see no participant row", async () => {
    const coverage = await coverageFor(world.coordinator, db);
    const covered = await db.participant.findMany({ where: { AND: [aggregateScope(world.coordinator, coverage), { id: { in: [world.inA.id, world.inB.id] } }] }, select: { id: true } });
    expect(covered.map((p) => p.id)).toEqual([world.inB.id]);
    // One participant: shown as "<5", never as 1.
    expect((await dashboardNow(world.coordinator, parseDashboardParams({}, "2026-03-01").filter))?.stages.total).toEqual({ suppressed: true });
    expect(await db.participant.count({ where: participantScope(world.coordinator) })).toBe(0);
  });

  it("every other role is refused the lists that are not theirs", async () => {
    await expect(listCaseload(world.hostA, DEFAULT_CASELOAD_FILTER)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listProviderPlacements(world.officerA)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(dashboardNow(world.admin, parseDashboardParams({}, "2026-03-01").filter)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listUsers(world.coordinator)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listUsers(world.admin)).length).toBeGreaterThanOrEqual(4);
  });
});
