import { afterAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/server/authz";
import { coordinatorScopeForAdmin, coverageFor, setCoordinatorScope } from "@/lib/server/coordinator-scope";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { coordinatorScopeInput } from "@/lib/validation/coordinator-scope";
import { createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const input = (data: Record<string, unknown>) => coordinatorScopeInput.parse(data);

describe("setting a coordinator's scope", () => {
  it("replaces the grants with units and municipalities, national, or none, and audits before and after", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const coordinator = await createUser(db, { role: "KOORDINATOR" });
    const [a, b] = [await createUnit(db), await createUnit(db)];

    expect(await setCoordinatorScope(admin, input({ userId: coordinator.id, omfattning: "urval", enheter: [a.id, b.id], kommuner: ["0980", "0180"] }))).toEqual({ ok: true, value: { userId: coordinator.id } });
    const coverage = await coverageFor(coordinator, db);
    expect(coverage).toEqual({ national: false, unitIds: expect.arrayContaining([a.id, b.id]), municipalityCodes: expect.arrayContaining(["0980", "0180"]) });

    await setCoordinatorScope(admin, input({ userId: coordinator.id, omfattning: "nationell", enheter: [a.id] }));
    expect(await coverageFor(coordinator, db)).toEqual({ national: true });

    await setCoordinatorScope(admin, input({ userId: coordinator.id, omfattning: "ingen" }));
    expect(await coverageFor(coordinator, db)).toBeNull();

    const events = await db.auditEvent.findMany({ where: { entity: "CoordinatorScope", entityId: coordinator.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["UPDATE", admin.id],
      ["UPDATE", admin.id],
      ["UPDATE", admin.id],
    ]);
    expect(events[1]?.changes).toEqual({ before: [`municipality:0180`, `municipality:0980`, `unit:${a.id}`, `unit:${b.id}`].sort(), after: ["national"] });
    expect(events[2]?.changes).toEqual({ before: ["national"], after: [] });
  });

  it("asks for at least one unit or municipality when the choice is a selection", () => {
    const parsed = coordinatorScopeInput.safeParse({ userId: crypto.randomUUID(), omfattning: "urval" });
    expect(parsed.success).toBe(false);
  });

  it("answers not found for anyone who is not a coordinator, and refuses everyone but an admin", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: (await createUnit(db)).id });
    const coordinator = await createUser(db, { role: "KOORDINATOR" });
    expect(await setCoordinatorScope(admin, input({ userId: officer.id, omfattning: "nationell" }))).toEqual({ ok: false, reason: "not-found" });
    expect(await coordinatorScopeForAdmin(admin, officer.id)).toEqual({ ok: false, reason: "not-found" });
    expect(await db.coordinatorScope.count({ where: { userId: officer.id } })).toBe(0);
    // A refusal, not a throw: the action answers it as 403 instead of a 500 (found by the HTTP fuzzing).
    expect(await setCoordinatorScope(coordinator, input({ userId: coordinator.id, omfattning: "nationell" }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await db.coordinatorScope.count({ where: { userId: coordinator.id } })).toBe(0);
    await expect(coordinatorScopeForAdmin(officer, coordinator.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await coverageFor(coordinator, db)).toBeNull();
  });

  it("refuses a unit that does not exist, writing nothing", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const coordinator = await createUser(db, { role: "KOORDINATOR" });
    const result = await setCoordinatorScope(admin, input({ userId: coordinator.id, omfattning: "urval", enheter: [crypto.randomUUID()] }));
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(await db.auditEvent.count({ where: { entity: "CoordinatorScope", entityId: coordinator.id } })).toBe(0);
  });

  it("keeps each grant to one kind in the database", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const coordinator = await createUser(db, { role: "KOORDINATOR" });
    const unit = await createUnit(db);
    await expect(db.coordinatorScope.create({ data: { userId: coordinator.id, grantedById: admin.id, unitId: unit.id, national: true } })).rejects.toThrow();
    await expect(db.coordinatorScope.create({ data: { userId: coordinator.id, grantedById: admin.id } })).rejects.toThrow();
  });
});
