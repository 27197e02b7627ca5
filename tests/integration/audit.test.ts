import { afterAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit";
import { listCaseload } from "@/lib/server/caseload";
import { getParticipantCase } from "@/lib/server/participant-case";
import { updateParticipant } from "@/lib/server/participants";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { DEFAULT_CASELOAD_FILTER } from "@/lib/validation/caseload-filter";
import { participantUpdate } from "@/lib/validation/participant";
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

  it("carry the address the user came from, for every read and every change, without the service passing it", async () => {
    const unit = await createUnit(db);
    const officer = { ...(await createUser(db, { role: "HANDLAGGARE", unitId: unit.id })), ip: "192.0.2.44" };
    const participant = await createParticipant(db, { unitId: unit.id, responsibleOfficerId: officer.id });
    await getParticipantCase(officer, participant.id);
    const correction = participantUpdate.parse({ participantId: participant.id, version: participant.version, firstName: "Ny", lastName: "Namnsson", gender: "MALE", municipalityCode: "0980", programme: "JOB" });
    expect((await updateParticipant(officer, correction)).ok).toBe(true);
    const events = await db.auditEvent.findMany({ where: { actorId: officer.id }, select: { action: true, ip: true } });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["READ", "UPDATE"]));
    expect(events.every((e) => e.ip === "192.0.2.44")).toBe(true);
  });
});
