import { afterAll, afterEach, describe, expect, it } from "vitest";
import { decideAccessReview, getAccessReview, getAccessReviewItem } from "@/lib/server/access-review/review";
import { drawAccessReviewSample, selectAccessSample } from "@/lib/server/access-review/draw";
import { accessReviewFollowUp, exportAccessReviewFlags, grantAccessReviewer, revokeAccessReviewer } from "@/lib/server/access-review/follow-up";
import { createPrismaClient } from "@/lib/server/prisma-client";
import type { SessionUser } from "@/lib/server/session-user";
import { ACCESS_REVIEW, ACCESS_REVIEW_MESSAGES } from "@/lib/rules";
import { accessReviewDecisionInput } from "@/lib/validation/access-review";
import { createParticipant, createProvider, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
afterEach(() => {
  delete process.env.STEGVIS_TODAY;
});

const OCTOBER = "2026-10-01";
/** A visit to the review page in November draws October. */
const inNovember = () => {
  process.env.STEGVIS_TODAY = "2026-11-15";
};

async function reviewer(unitId: string) {
  const user = await createUser(db, { role: "HANDLAGGARE", unitId });
  await db.user.update({ where: { id: user.id }, data: { reviewsAccess: true } });
  return user;
}

/** A read of the participant's case by `actor` at `at` (an instant), as the app logs it. */
async function read(actor: SessionUser, participantId: string, at: string, view = "participant-case") {
  await db.auditEvent.create({ data: { actorId: actor.id, actorRole: actor.role, action: "READ", entity: "Participant", entityId: participantId, changes: { view }, at: new Date(at) } });
}

/** A unit with a reviewer, an officer, and `count` participants each read once by the officer on its own October day. */
async function unitWithAccesses(count: number) {
  const unit = await createUnit(db);
  const boss = await reviewer(unit.id);
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const participants = [];
  for (let i = 0; i < count; i++) {
    const participant = await createParticipant(db, { unitId: unit.id });
    await read(officer, participant.id, `2026-10-${String(1 + (i % 28)).padStart(2, "0")}T10:00:00Z`);
    participants.push(participant);
  }
  return { unit, boss, officer, participants };
}

const decide = (data: Record<string, unknown>) => accessReviewDecisionInput.parse(data);

describe("the monthly sample", () => {
  it("is reproducible: the stored seed draws the same accesses again, another seed draws others", async () => {
    const { unit } = await unitWithAccesses(ACCESS_REVIEW.sampleSize + 15);
    const drawn = await drawAccessReviewSample(db, unit.id, OCTOBER, null, "test");
    const sample = await db.accessReviewSample.findUniqueOrThrow({ where: { id: drawn.id }, include: { items: true } });
    expect(sample.population).toBe(ACCESS_REVIEW.sampleSize + 15);
    expect(sample.items).toHaveLength(ACCESS_REVIEW.sampleSize);

    const key = (a: { actorId: string; participantId: string; day: Date }) => `${a.actorId}/${a.participantId}/${a.day.toISOString()}`;
    const again = await selectAccessSample(db, unit.id, OCTOBER, sample.seed);
    expect(again.map(key).sort()).toEqual(sample.items.map(key).sort());
    const other = await selectAccessSample(db, unit.id, OCTOBER, `${sample.seed}-annat`);
    expect(other.map(key).sort()).not.toEqual(sample.items.map(key).sort());
  });

  it("is drawn once per unit and month: a second draw, and draws racing each other, return the same sample", async () => {
    const { unit } = await unitWithAccesses(3);
    const racing = await Promise.all([1, 2, 3].map(() => drawAccessReviewSample(db, unit.id, OCTOBER, null, "test")));
    expect(new Set(racing.map((s) => s.id)).size).toBe(1);
    expect(racing.filter((s) => s.drawnNow)).toHaveLength(1);
    const second = await drawAccessReviewSample(db, unit.id, OCTOBER, null, "test");
    expect(second).toMatchObject({ id: racing[0]!.id, drawnNow: false, items: 3 });
    expect(await db.accessReviewItem.count({ where: { sampleId: second.id } })).toBe(3);
    expect(await db.auditEvent.count({ where: { entity: "AccessReviewSample", entityId: second.id, action: "CREATE" } })).toBe(1);
  });

  it("holds only the month's accesses to the unit's own participants, by anyone, grouped per user, participant and Swedish day", async () => {
    const { unit, officer, participants } = await unitWithAccesses(1);
    const [own] = participants;
    const elsewhere = await createUnit(db);
    const stranger = await createUser(db, { role: "HANDLAGGARE", unitId: elsewhere.id });
    const theirs = await createParticipant(db, { unitId: elsewhere.id });
    const provider = await createProvider(db);
    const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
    await read(officer, own!.id, "2026-10-01T18:00:00Z", "caseload"); // the same Swedish day as the first read: one access
    await read(officer, own!.id, "2026-10-31T23:30:00Z"); // 1 November in Sweden: not October
    await read(officer, own!.id, "2026-09-30T21:59:00Z"); // 30 September in Sweden
    await read(stranger, own!.id, "2026-10-05T09:00:00Z"); // another unit's officer, to this unit's participant: counted
    await read(host, own!.id, "2026-10-06T09:00:00Z");
    await read(officer, theirs.id, "2026-10-07T09:00:00Z"); // another unit's participant: not this unit's review

    const drawn = await drawAccessReviewSample(db, unit.id, OCTOBER, null, "test");
    const items = await db.accessReviewItem.findMany({ where: { sampleId: drawn.id }, orderBy: { day: "asc" } });
    expect(items.map((i) => [i.actorId, i.participantId, i.day.toISOString().slice(0, 10), i.eventIds.length, i.relation])).toEqual([
      [officer.id, own!.id, "2026-10-01", 2, "UNIT"],
      [stranger.id, own!.id, "2026-10-05", 1, "NONE"],
      [host.id, own!.id, "2026-10-06", 1, "NONE"],
    ]);
    expect(items[0]!.views.sort()).toEqual(["READ:caseload", "READ:participant-case"]);
  });
});

describe("the reviewer's page", () => {
  it("draws last month on the first visit, shows the unit's sample without the reviewer's own accesses, and logs a read of each participant", async () => {
    const { unit, boss, participants } = await unitWithAccesses(2);
    await read(boss, participants[0]!.id, "2026-10-20T10:00:00Z");
    inNovember();

    const review = await getAccessReview(boss, null);
    if (!review.ok) throw new Error(review.reason);
    expect(review.value.month).toBe(OCTOBER);
    expect(review.value.items).toHaveLength(2);
    expect(review.value.items.every((i) => i.actor.name !== boss.name)).toBe(true);
    expect(review.value.own).toBe(1);
    expect(await db.accessReviewSample.count({ where: { unitId: unit.id } })).toBe(1);
    const reads = await db.auditEvent.findMany({ where: { actorId: boss.id, action: "READ", entity: "Participant", changes: { equals: { view: "access-review" } } } });
    expect(reads.map((r) => r.entityId).sort()).toEqual(participants.map((p) => p.id).sort());

    const ownItem = await db.accessReviewItem.findFirstOrThrow({ where: { actorId: boss.id } });
    expect(await getAccessReviewItem(boss, ownItem.id)).toEqual({ ok: false, reason: "not-found" });
    expect(await decideAccessReview(boss, decide({ itemId: ownItem.id, version: 1, decision: "CONFIRMED" }))).toEqual({ ok: false, reason: "not-found" });
    // Another reviewer of the unit decides it.
    const colleague = await reviewer(unit.id);
    expect(await decideAccessReview(colleague, decide({ itemId: ownItem.id, version: 1, decision: "CONFIRMED" }))).toMatchObject({ ok: true });
  });

  it("is refused to a case officer without the grant, and another unit's sample is not found", async () => {
    const { officer, participants } = await unitWithAccesses(1);
    inNovember();
    expect(await getAccessReview(officer, null)).toEqual({ ok: false, reason: "forbidden" });
    const other = await unitWithAccesses(1);
    await getAccessReview(other.boss, null);
    const [item] = await db.accessReviewItem.findMany({ where: { participantId: participants[0]!.id } });
    expect(item).toBeUndefined();
    const theirs = await db.accessReviewItem.findFirstOrThrow({ where: { participantId: other.participants[0]!.id } });
    const mine = await reviewer(officer.unitId!);
    expect(await getAccessReviewItem(mine, theirs.id)).toEqual({ ok: false, reason: "not-found" });
    expect(await decideAccessReview(mine, decide({ itemId: theirs.id, version: 1, decision: "FLAGGED", reason: "Nej" }))).toEqual({ ok: false, reason: "not-found" });
    expect(await decideAccessReview(officer, decide({ itemId: theirs.id, version: 1, decision: "CONFIRMED" }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await db.accessReviewItem.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ status: "PENDING", version: 1 });
  });
});

describe("a decision", () => {
  async function pendingItem() {
    const world = await unitWithAccesses(1);
    inNovember();
    await getAccessReview(world.boss, null);
    const item = await db.accessReviewItem.findFirstOrThrow({ where: { participantId: world.participants[0]!.id } });
    return { ...world, item };
  }

  it("flags only with a reason, saving nothing without one", async () => {
    const { boss, item } = await pendingItem();
    expect(await decideAccessReview(boss, decide({ itemId: item.id, version: 1, decision: "FLAGGED" }))).toEqual({
      ok: false,
      reason: "invalid",
      errors: [{ field: "reason", message: ACCESS_REVIEW_MESSAGES.flagNeedsReason }],
    });
    expect(await db.accessReviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "PENDING", version: 1, reason: null });
    expect(await db.accessReviewDecision.count({ where: { itemId: item.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entity: "AccessReviewItem", entityId: item.id } })).toBe(0);
  });

  it("confirms, then changes to a flag with a new reason, keeping the history and auditing each", async () => {
    const { boss, item } = await pendingItem();
    expect(await decideAccessReview(boss, decide({ itemId: item.id, version: 1, decision: "CONFIRMED" }))).toEqual({ ok: true, value: { id: item.id } });
    expect(await decideAccessReview(boss, decide({ itemId: item.id, version: 2, decision: "CONFIRMED" }))).toMatchObject({ ok: true });
    expect(await decideAccessReview(boss, decide({ itemId: item.id, version: 3, decision: "FLAGGED", reason: "Ingen placering hos oss" }))).toMatchObject({ ok: true });
    expect(await db.accessReviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "FLAGGED", reason: "Ingen placering hos oss", decidedById: boss.id, version: 4 });
    // Back to confirmed needs a reason too: it changes an earlier decision.
    expect(await decideAccessReview(boss, decide({ itemId: item.id, version: 4, decision: "CONFIRMED" }))).toMatchObject({ ok: false, errors: [{ field: "reason", message: ACCESS_REVIEW_MESSAGES.changeNeedsReason }] });
    const history = await db.accessReviewDecision.findMany({ where: { itemId: item.id }, orderBy: { decidedAt: "asc" } });
    expect(history.map((d) => [d.status, d.reason])).toEqual([
      ["CONFIRMED", null],
      ["CONFIRMED", null],
      ["FLAGGED", "Ingen placering hos oss"],
    ]);
    const events = await db.auditEvent.findMany({ where: { entity: "AccessReviewItem", entityId: item.id }, orderBy: { id: "asc" } });
    expect(events).toHaveLength(3);
    expect(events[2]!.changes).toEqual({ status: { before: "CONFIRMED", after: "FLAGGED" }, reason: { before: null, after: "Ingen placering hos oss" } });
  });

  it("refuses a stale edit", async () => {
    const { boss, unit, item } = await pendingItem();
    const colleague = await reviewer(unit.id);
    expect(await decideAccessReview(colleague, decide({ itemId: item.id, version: 1, decision: "CONFIRMED" }))).toMatchObject({ ok: true });
    expect(await decideAccessReview(boss, decide({ itemId: item.id, version: 1, decision: "FLAGGED", reason: "Sent" }))).toEqual({ ok: false, reason: "conflict", message: expect.stringContaining("Ladda om") });
    expect(await db.accessReviewItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: "CONFIRMED", version: 2 });
  });
});

describe("the admin's follow-up", () => {
  it("counts sampled, reviewed and flagged per unit and month, lists the flags with reasons, and exports them", async () => {
    const { boss, unit } = await unitWithAccesses(3);
    inNovember();
    await getAccessReview(boss, null);
    const [a, b] = await db.accessReviewItem.findMany({ where: { sample: { unitId: unit.id } }, orderBy: { id: "asc" } });
    await decideAccessReview(boss, decide({ itemId: a!.id, version: 1, decision: "CONFIRMED" }));
    await decideAccessReview(boss, decide({ itemId: b!.id, version: 1, decision: "FLAGGED", reason: "=Ingen anledning" }));
    const admin = await createUser(db, { role: "ADMIN" });

    const seen = await accessReviewFollowUp(admin);
    if (!seen.ok) throw new Error(seen.reason);
    expect(seen.value.samples.find((s) => s.unit === unit.name)).toMatchObject({ month: OCTOBER, population: 3, sampled: 3, reviewed: 2, flagged: 1, reviewers: 1 });
    const flag = seen.value.flags.find((f) => f.unit === unit.name);
    expect(flag).toMatchObject({ reason: "=Ingen anledning", decidedBy: boss.name, day: expect.stringMatching(/^2026-10-/) });
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "READ", entity: "Participant", entityId: b!.participantId } })).toBe(1);

    const exported = await exportAccessReviewFlags(admin);
    expect(exported.ok && exported.value.some((f) => f.id === b!.id)).toBe(true);
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "EXPORT", entity: "AccessReviewItem" } })).toBe(1);
    expect(await accessReviewFollowUp(boss)).toEqual({ ok: false, reason: "forbidden" });
  });

  it("grants and revokes the reviewer permission, audited, at the page's version, only to a case officer", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const unit = await createUnit(db);
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    expect(await grantAccessReviewer(admin, { userId: officer.id, version: 1 })).toEqual({ ok: true, value: { id: officer.id } });
    expect(await grantAccessReviewer(admin, { userId: officer.id, version: 1 })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await revokeAccessReviewer(admin, { userId: officer.id, version: 2 })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: officer.id } })).toMatchObject({ reviewsAccess: false, version: 3 });
    const events = await db.auditEvent.findMany({ where: { entity: "User", entityId: officer.id, actorId: admin.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.changes)).toEqual([
      { reviewsAccess: { before: false, after: true }, unitId: unit.id },
      { reviewsAccess: { before: true, after: false }, unitId: unit.id },
    ]);
    const coordinator = await createUser(db, { role: "KOORDINATOR" });
    expect(await grantAccessReviewer(admin, { userId: coordinator.id, version: 1 })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await grantAccessReviewer(officer, { userId: officer.id, version: 3 })).toEqual({ ok: false, reason: "forbidden" });
  });
});
