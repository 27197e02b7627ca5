import { afterAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit";
import { listCaseload } from "@/lib/server/caseload";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { DEFAULT_CASELOAD_FILTER } from "@/lib/validation/caseload-filter";
import { createParticipant, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("audit events", () => {
  it("are written in the same transaction as the change: a rolled-back change leaves no event", async () => {
    const unit = await createUnit(db);
    const user = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    await expect(
      db.$transaction(async (tx) => {
        await tx.unit.update({ where: { id: unit.id }, data: { name: "Nytt namn" } });
        await recordAudit(tx, user, { action: "UPDATE", entity: "Unit", entityId: unit.id, changes: { name: ["gammalt", "Nytt namn"] } });
        throw new Error("avbrutet");
      }),
    ).rejects.toThrow("avbrutet");
    expect(await db.auditEvent.count({ where: { entityId: unit.id } })).toBe(0);
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(unit.name);
  });

  it("record who read which participants when a case officer opens the caseload", async () => {
    const unit = await createUnit(db);
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    const mine = await createParticipant(db, { unitId: unit.id, responsibleOfficerId: officer.id });
    await createParticipant(db, { unitId: unit.id });
    const shown = await listCaseload(officer, DEFAULT_CASELOAD_FILTER);
    expect(shown.rows.map((p) => p.id)).toEqual([mine.id]);
    const events = await db.auditEvent.findMany({ where: { actorId: officer.id, action: "READ", entity: "Participant" } });
    expect(events.map((e) => [e.entityId, e.changes, e.actorRole])).toEqual([[mine.id, { view: "caseload" }, "HANDLAGGARE"]]);
  });
});
