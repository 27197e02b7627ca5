import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markAllNoticesRead, markNoticeRead, setNoticeDigest } from "@/lib/server/notices/commands";
import { generateNotices } from "@/lib/server/notices/generate";
import { countUnreadNotices, listNotices } from "@/lib/server/notices/read";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { createProtectedParticipant, createPlacementOn, createUnit, createUser } from "../support/factories";
import { fixTodayForThisFile } from "../support/fixed-today";
import { coordinatorWith } from "../support/dashboard-factories";
import { createFollowUpWorld, createRunningPlacement, createSupervisorUser } from "../support/follow-up-factories";
import { createProposal } from "../support/proposal-factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
const TODAY = "2026-03-20";
fixTodayForThisFile(TODAY);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

afterAll(() => db.$disconnect());

async function noticesOf(userId: string) {
  return db.notice.findMany({ where: { userId }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }], select: { kind: true, placementId: true, dueOn: true } });
}

async function placementDue(world: Awaited<ReturnType<typeof createFollowUpWorld>>, dueOn: string, extra: { supervisorId?: string; plannedEndDate?: string } = {}) {
  const { participant, placement } = await createRunningPlacement(db, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id, ...extra });
  await db.placement.update({ where: { id: placement.id }, data: { nextFollowUpDueOn: day(dueOn) } });
  return { participant, placement };
}

describe("the daily notices", () => {
  let world: Awaited<ReturnType<typeof createFollowUpWorld>>;
  beforeAll(async () => {
    world = await createFollowUpWorld(db);
  });

  it("tells the host and the responsible officer when a follow-up is due, once however often it runs", async () => {
    const { placement } = await placementDue(world, "2026-03-25");

    await generateNotices(db, TODAY);
    await generateNotices(db, TODAY);
    await generateNotices(db, "2026-03-21");

    for (const user of [world.host, world.officer]) {
      expect((await noticesOf(user.id)).filter((n) => n.placementId === placement.id)).toEqual([{ kind: "FOLLOW_UP_DUE", placementId: placement.id, dueOn: day("2026-03-25") }]);
    }
    expect((await noticesOf(world.otherHost.id)).some((n) => n.placementId === placement.id)).toBe(false);
    expect((await noticesOf(world.otherOfficer.id)).some((n) => n.placementId === placement.id)).toBe(false);
  });

  it("does not announce a follow-up due further ahead than a week", async () => {
    const { placement } = await placementDue(world, "2026-03-28");
    await generateNotices(db, TODAY);
    expect(await db.notice.count({ where: { placementId: placement.id } })).toBe(0);
  });

  it("announces an overdue follow-up, and escalates to the unit's coordinator only after 14 days", async () => {
    const unitCoordinator = await coordinatorWith(db, { unitIds: [world.unit.id] });
    const otherCoordinator = await coordinatorWith(db, { unitIds: [world.otherUnit.id] });
    const late = await placementDue(world, "2026-03-10");
    const veryLate = await placementDue(world, "2026-03-05");

    await generateNotices(db, TODAY);

    expect((await noticesOf(world.host.id)).filter((n) => [late.placement.id, veryLate.placement.id].includes(n.placementId)).map((n) => n.kind)).toEqual([
      "FOLLOW_UP_OVERDUE",
      "FOLLOW_UP_OVERDUE",
    ]);
    expect(await noticesOf(unitCoordinator.id)).toEqual([{ kind: "FOLLOW_UP_ESCALATED", placementId: veryLate.placement.id, dueOn: day("2026-03-05") }]);
    expect(await noticesOf(otherCoordinator.id)).toEqual([]);
  });

  it("tells only the supervisor with a login of their own, not the provider's other users, about the placements they supervise", async () => {
    const { user: supervisorLogin, supervisor } = await createSupervisorUser(db, world.provider.id);
    const { placement } = await placementDue(world, "2026-03-22", { supervisorId: supervisor.id });
    const { placement: notTheirs } = await placementDue(world, "2026-03-22");

    await generateNotices(db, TODAY);

    expect((await noticesOf(supervisorLogin.id)).map((n) => n.placementId)).toEqual([placement.id]);
    expect((await noticesOf(world.host.id)).map((n) => n.placementId)).toEqual(expect.arrayContaining([placement.id, notTheirs.id]));
  });

  it("announces a placement ending within 14 days, and a proposal waiting for the responsible officer", async () => {
    const ending = await placementDue(world, "2026-05-01", { plannedEndDate: "2026-04-02" });
    const later = await placementDue(world, "2026-05-01", { plannedEndDate: "2026-04-04" });
    const proposal = await createProposal(db, { placementId: later.placement.id, authorId: world.host.id });

    await generateNotices(db, TODAY);

    const officers = await noticesOf(world.officer.id);
    expect(officers.filter((n) => n.placementId === ending.placement.id)).toEqual([{ kind: "PLACEMENT_ENDING", placementId: ending.placement.id, dueOn: day("2026-04-02") }]);
    expect(officers.filter((n) => n.placementId === later.placement.id)).toEqual([{ kind: "PROPOSAL_WAITING", placementId: proposal.placementId, dueOn: null }]);
    expect((await noticesOf(world.host.id)).filter((n) => n.placementId === later.placement.id)).toEqual([]);
  });

  it("tells nobody who has left: a deactivated host, an officer whose participant moved to another unit", async () => {
    const unit = await createUnit(db);
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    const host = await createUser(db, { role: "ANORDNARE", providerId: world.provider.id, active: false });
    const { participant, placement } = await createRunningPlacement(db, { unitId: unit.id, officerId: officer.id, providerId: world.provider.id });
    await db.placement.update({ where: { id: placement.id }, data: { nextFollowUpDueOn: day("2026-03-21") } });
    await db.participant.update({ where: { id: participant.id }, data: { unitId: world.otherUnit.id } });

    await generateNotices(db, TODAY);

    expect(await noticesOf(officer.id)).toEqual([]);
    expect(await noticesOf(host.id)).toEqual([]);
  });

  it("holds no personal data: the participant is named only when the page is read", async () => {
    const columns = await db.$queryRaw<{ column_name: string; data_type: string }[]>`
      SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'Notice' AND data_type IN ('text', 'character varying', 'jsonb')`;
    expect(columns.map((c) => c.column_name)).toEqual(["dedupeKey"]);
    const keys = await db.notice.findMany({ select: { dedupeKey: true } });
    for (const { dedupeKey } of keys) expect(dedupeKey).toMatch(/^[A-Z_]+:[0-9a-f-]{36}(:\d{4}-\d{2}-\d{2})?$/);
  });
});

describe("the notices page", () => {
  let world: Awaited<ReturnType<typeof createFollowUpWorld>>;
  beforeAll(async () => {
    world = await createFollowUpWorld(db);
  });

  it("names a protected participant to the host by initials and case number, to the officer by name, and logs each read", async () => {
    const participant = await createProtectedParticipant(db, { unitId: world.unit.id, firstName: "Hemlig", lastName: "Persson" });
    await db.participant.update({ where: { id: participant.id }, data: { responsibleOfficerId: world.officer.id } });
    const placement = await createPlacementOn(db, { participantId: participant.id, providerId: world.provider.id, officerId: world.officer.id, startDate: "2026-02-02", plannedEndDate: "2026-04-30", status: "ACTIVE" });
    await db.placement.update({ where: { id: placement.id }, data: { nextFollowUpDueOn: day("2026-03-24") } });
    await generateNotices(db, TODAY);

    const hostsView = (await listNotices(world.host)).find((n) => n.subject?.href === `/anordnare/placeringar/${placement.id}`);
    const officersView = (await listNotices(world.officer)).find((n) => n.subject?.href === `/handlaggare/placeringar/${placement.id}`);

    expect(hostsView).toMatchObject({ kind: "FOLLOW_UP_DUE", dueOn: "2026-03-24", read: false, subject: { participant: `H. P. (Ärende ${participant.caseNumber})`, provider: world.provider.name } });
    expect(officersView?.subject?.participant).toBe("Hemlig Persson");
    const reads = await db.auditEvent.findMany({ where: { action: "READ", entity: "Participant", entityId: participant.id, changes: { equals: { view: "notices" } } }, select: { actorId: true } });
    expect(reads.map((r) => r.actorId).sort()).toEqual([world.host.id, world.officer.id].sort());
  });

  it("shows a notice whose placement left the reader's scope without a name or a link", async () => {
    const { participant, placement } = await placementDue(world, "2026-03-23");
    await generateNotices(db, TODAY);
    await db.participant.update({ where: { id: participant.id }, data: { unitId: world.otherUnit.id } });

    const [notice] = (await listNotices(world.officer)).filter((n) => n.subject === null);
    expect(notice).toMatchObject({ kind: "FOLLOW_UP_DUE", subject: null });
    expect(JSON.stringify(await listNotices(world.officer))).not.toContain(placement.id);
  });

  it("marks one notice read, then all that the page showed; another user's notice is never touched", async () => {
    await placementDue(world, "2026-03-26");
    await generateNotices(db, TODAY);
    const [first, ...rest] = (await listNotices(world.host)).filter((n) => !n.read);
    const officersNotice = (await db.notice.findFirstOrThrow({ where: { userId: world.officer.id, readAt: null } })).id;
    const before = await countUnreadNotices(world.host);

    expect(await markNoticeRead(world.host, { noticeId: first!.id })).toEqual({ ok: true, value: { marked: 1 } });
    expect(await markNoticeRead(world.host, { noticeId: officersNotice })).toEqual({ ok: true, value: { marked: 0 } });
    expect(await countUnreadNotices(world.host)).toBe(before - 1);
    expect((await db.notice.findUniqueOrThrow({ where: { id: officersNotice } })).readAt).toBeNull();

    const shownUpTo = rest.map((n) => n.createdAt).sort((a, b) => b.getTime() - a.getTime())[0]!;
    const arrivedLater = await db.notice.create({ data: { userId: world.host.id, kind: "PLACEMENT_ENDING", placementId: (await db.notice.findUniqueOrThrow({ where: { id: first!.id } })).placementId, dedupeKey: `test:${crypto.randomUUID()}`, createdAt: new Date(shownUpTo.getTime() + 60_000) } });
    expect(await markAllNoticesRead(world.host, { shownUpTo: shownUpTo.toISOString() })).toEqual({ ok: true, value: { marked: rest.length } });
    expect(await countUnreadNotices(world.host)).toBe(1);
    expect((await db.notice.findUniqueOrThrow({ where: { id: arrivedLater.id } })).readAt).toBeNull();
  });

  it("turns the digest off and on, audited with before and after", async () => {
    expect(await setNoticeDigest(world.host, { digest: "av" })).toEqual({ ok: true, value: { digest: false } });
    expect((await db.user.findUniqueOrThrow({ where: { id: world.host.id } })).noticeDigest).toBe(false);
    await setNoticeDigest(world.host, { digest: "pa" });
    const events = await db.auditEvent.findMany({ where: { actorId: world.host.id, entity: "User", action: "UPDATE" }, orderBy: { id: "asc" }, select: { changes: true } });
    expect(events.map((e) => e.changes)).toEqual([{ noticeDigest: { before: true, after: false } }, { noticeDigest: { before: false, after: true } }]);
  });
});
