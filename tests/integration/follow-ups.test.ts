import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseloadWarnings } from "@/lib/server/caseload-warnings";
import { saveFollowUpDraft, startCorrection, startFollowUp } from "@/lib/server/follow-ups/drafts";
import { getFollowUpForOfficer, getHostFollowUp } from "@/lib/server/follow-ups/read";
import { reviewFollowUp } from "@/lib/server/follow-ups/review";
import { submitFollowUp } from "@/lib/server/follow-ups/submit";
import { countFollowUpsToReview, listFollowUpsToReview } from "@/lib/server/inbox/follow-ups";
import { getParticipantCase } from "@/lib/server/participant-case";
import { getProviderPlacement, listProviderPlacements } from "@/lib/server/provider-placements";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { STALE_EDIT } from "@/lib/server/result";
import { REMOTE_REVIEW_MISSING } from "@/lib/validation/follow-up";
import type { SessionUser } from "@/lib/server/session-user";
import { createUser } from "../support/factories";
import { fixTodayForThisFile } from "../support/fixed-today";
import { aSubmission, createFollowUpWorld, createRunningPlacement, createSupervisorUser } from "../support/follow-up-factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
const TODAY = "2026-03-02";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let world: Awaited<ReturnType<typeof createFollowUpWorld>>;
fixTodayForThisFile(TODAY);
beforeAll(async () => {
  world = await createFollowUpWorld(db);
});
afterAll(() => db.$disconnect());

const aPlacement = (extra: Partial<Parameters<typeof createRunningPlacement>[1]> = {}) =>
  createRunningPlacement(db, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id, ...extra });

/** A placement with a draft started by the host; answers the draft's id. */
async function aDraft(extra: Partial<Parameters<typeof createRunningPlacement>[1]> = {}) {
  const { placement, participant } = await aPlacement(extra);
  const started = await startFollowUp(world.host, { placementId: placement.id });
  if (!started.ok) throw new Error(JSON.stringify(started));
  return { placement, participant, draftId: started.value.id };
}

/** A submitted follow-up proposing "På väg". */
async function aSubmitted(extra: Partial<Parameters<typeof createRunningPlacement>[1]> = {}) {
  const made = await aDraft(extra);
  const submitted = await submitFollowUp(world.host, aSubmission(made.draftId, 1));
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  return made;
}

describe("a provider's start page and placement page", () => {
  it("lists the provider's current placements with the due follow-up first, and names a protected participant by initials", async () => {
    const later = await aPlacement();
    const sooner = await aPlacement();
    await db.placement.update({ where: { id: later.placement.id }, data: { nextFollowUpDueOn: day("2026-03-20") } });
    await db.placement.update({ where: { id: sooner.placement.id }, data: { nextFollowUpDueOn: day("2026-02-20") } });
    await db.participant.update({ where: { id: sooner.participant.id }, data: { protectedIdentity: true, firstName: "Åsa", lastName: "Berg" } });
    const { current } = await listProviderPlacements(world.host);
    const ids = current.map((r) => r.id);
    expect(ids.indexOf(sooner.placement.id)).toBeLessThan(ids.indexOf(later.placement.id));
    const row = current.find((r) => r.id === sooner.placement.id)!;
    expect(row).toMatchObject({ followUp: "OVERDUE", due: "2026-02-20", daysLeft: 59 });
    expect(row.participant.name).toMatch(/^Å\. B\. \(Ärende \d+\)$/);
    expect((await listProviderPlacements(world.otherHost)).current.map((r) => r.id)).not.toContain(sooner.placement.id);
  });

  it("shows the case officer's name and phone, never the personnummer nor the assessment's reasoning", async () => {
    const { placement, participant } = await aPlacement();
    const page = await getProviderPlacement(world.host, placement.id);
    expect(page?.officer).toMatchObject({ name: world.officer.name, phone: "0498-12 34 56" });
    const text = JSON.stringify(page);
    expect(text).not.toContain(participant.personalIdentityNumber);
    expect(text).not.toContain("Behöver träna arbetsrutiner");
    const audits = await db.auditEvent.count({ where: { actorId: world.host.id, entity: "Participant", entityId: participant.id, action: "READ" } });
    expect(audits).toBeGreaterThan(0);
  });

  it("lets a supervisor with a login of their own see only the placements they supervise; the contact sees all", async () => {
    const { user: supervisorUser, supervisor } = await createSupervisorUser(db, world.provider.id);
    const theirs = await aPlacement({ supervisorId: supervisor.id });
    const notTheirs = await aPlacement();
    expect(await getProviderPlacement(supervisorUser, theirs.placement.id)).not.toBeNull();
    expect(await getProviderPlacement(supervisorUser, notTheirs.placement.id)).toBeNull();
    expect((await startFollowUp(supervisorUser, { placementId: notTheirs.placement.id })).ok).toBe(false);
    expect(await getProviderPlacement(world.host, theirs.placement.id)).not.toBeNull();
  });

  it("keeps an ended placement readable for 40 days after its last day, then answers not found", async () => {
    const inside = await aPlacement({ status: "ENDED", startDate: "2025-11-03", plannedEndDate: "2026-01-21", actualEndDate: "2026-01-21" });
    const outside = await aPlacement({ status: "ENDED", startDate: "2025-11-03", plannedEndDate: "2026-01-20", actualEndDate: "2026-01-20" });
    expect((await getProviderPlacement(world.host, inside.placement.id))?.status).toBe("ENDED");
    expect(await getProviderPlacement(world.host, outside.placement.id)).toBeNull();
    const { ended } = await listProviderPlacements(world.host);
    expect(ended.map((r) => r.id)).toContain(inside.placement.id);
    expect(ended.map((r) => r.id)).not.toContain(outside.placement.id);
    // Readable is not writable.
    expect(await startFollowUp(world.host, { placementId: inside.placement.id })).toMatchObject({ ok: false, reason: "conflict" });
  });
});

describe("records that are gone for everyone", () => {
  it("an anonymised participant's follow-ups are not found by the officer, nor reviewed, nor in the inbox", async () => {
    const { participant } = await aSubmitted();
    const submittedId = (await db.followUp.findFirstOrThrow({ where: { placement: { participantId: participant.id }, status: "SUBMITTED" } })).id;
    expect(await getFollowUpForOfficer(world.officer, submittedId)).not.toBeNull();
    await db.participant.update({ where: { id: participant.id }, data: { anonymisedAt: new Date() } });

    expect(await getFollowUpForOfficer(world.officer, submittedId)).toBeNull();
    const review = { followUpId: submittedId, version: 2, decision: "OTHER" as const, stage: "NASTAN_FRAMME" as const, reason: "Ny fritext", date: TODAY };
    expect(await reviewFollowUp(world.officer, review)).toEqual({ ok: false, reason: "not-found" });
    expect((await listFollowUpsToReview(world.officer)).map((row) => row.id)).not.toContain(submittedId);
    expect(await db.stageAssessment.count({ where: { participantId: participant.id, reason: "Ny fritext" } })).toBe(0);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: submittedId } })).status).toBe("SUBMITTED");
  });

  it("a supervisor marked inactive sees nothing through their login and cannot start a follow-up", async () => {
    const { user: supervisorUser, supervisor } = await createSupervisorUser(db, world.provider.id);
    const { placement } = await aPlacement({ supervisorId: supervisor.id });
    expect(await getProviderPlacement(supervisorUser, placement.id)).not.toBeNull();
    await db.supervisor.update({ where: { id: supervisor.id }, data: { active: false } });

    expect(await getProviderPlacement(supervisorUser, placement.id)).toBeNull();
    expect((await listProviderPlacements(supervisorUser)).current.map((r) => r.id)).not.toContain(placement.id);
    expect(await startFollowUp(supervisorUser, { placementId: placement.id })).toEqual({ ok: false, reason: "not-found" });
    expect(await db.followUp.count({ where: { placementId: placement.id } })).toBe(0);
  });
});

describe("another provider's records", () => {
  it("are not found through any follow-up function, and nothing is written", async () => {
    const { placement, draftId } = await aDraft();
    const submitted = await aSubmitted();
    const submittedId = (await db.followUp.findFirstOrThrow({ where: { placementId: submitted.placement.id } })).id;
    const before = await db.followUp.count();

    expect(await getProviderPlacement(world.otherHost, placement.id)).toBeNull();
    expect(await getHostFollowUp(world.otherHost, draftId)).toBeNull();
    expect(await getHostFollowUp(world.otherHost, submittedId)).toBeNull();
    expect(await startFollowUp(world.otherHost, { placementId: placement.id })).toEqual({ ok: false, reason: "not-found" });
    expect(await saveFollowUpDraft(world.otherHost, { followUpId: draftId, version: 1, tasks: "Inbrott" })).toEqual({ ok: false, reason: "not-found" });
    expect(await submitFollowUp(world.otherHost, aSubmission(draftId, 1))).toEqual({ ok: false, reason: "not-found" });
    expect(await startCorrection(world.otherHost, { followUpId: submittedId })).toEqual({ ok: false, reason: "not-found" });
    expect(await getFollowUpForOfficer(world.otherOfficer, submittedId)).toBeNull();
    expect(await reviewFollowUp(world.otherOfficer, { followUpId: submittedId, version: 2, decision: "NONE" })).toEqual({ ok: false, reason: "not-found" });
    // A case officer never sees a host's draft.
    expect(await getFollowUpForOfficer(world.officer, draftId)).toBeNull();

    expect(await db.followUp.count()).toBe(before);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).tasks).toBeNull();
  });
});

describe("every follow-up command, tried by every role that must not run it", () => {
  it("answers not found and writes nothing", async () => {
    const { placement, draftId } = await aDraft();
    const submitted = await aSubmitted();
    const submittedId = (await db.followUp.findFirstOrThrow({ where: { placementId: submitted.placement.id } })).id;
    const coordinator = await createUser(db, { role: "KOORDINATOR", unitId: world.unit.id });
    const admin = await createUser(db, { role: "ADMIN" });
    const hostCommands = [
      (u: SessionUser) => startFollowUp(u, { placementId: placement.id }),
      (u: SessionUser) => saveFollowUpDraft(u, { followUpId: draftId, version: 1, tasks: "Inte min" }),
      (u: SessionUser) => submitFollowUp(u, aSubmission(draftId, 1)),
      (u: SessionUser) => startCorrection(u, { followUpId: submittedId }),
    ];
    const before = JSON.stringify(await db.followUp.findMany({ orderBy: { id: "asc" } }));
    for (const outsider of [world.otherHost, world.officer, coordinator, admin]) {
      for (const command of hostCommands) expect(await command(outsider)).toEqual({ ok: false, reason: "not-found" });
    }
    for (const outsider of [world.host, world.otherOfficer, coordinator, admin]) {
      expect(await reviewFollowUp(outsider, { followUpId: submittedId, version: 2, decision: "NONE" })).toEqual({ ok: false, reason: "not-found" });
      expect(await getFollowUpForOfficer(outsider, submittedId)).toBeNull();
    }
    expect(JSON.stringify(await db.followUp.findMany({ orderBy: { id: "asc" } }))).toBe(before);
  });
});

describe("draft, submit, correct", () => {
  it("starting twice resumes the one open draft, dated today and covering the days since the start", async () => {
    const { placement, draftId } = await aDraft();
    expect(await startFollowUp(world.host, { placementId: placement.id })).toEqual({ ok: true, value: { id: draftId } });
    const draft = await db.followUp.findUniqueOrThrow({ where: { id: draftId } });
    expect(draft).toMatchObject({ status: "DRAFT", date: day(TODAY), periodFrom: day("2026-02-02"), periodTo: day(TODAY), authorId: world.host.id });
    expect(await db.followUp.count({ where: { placementId: placement.id } })).toBe(1);
  });

  it("the database keeps one open draft per placement, even when two are written at once", async () => {
    const { placement } = await aDraft();
    await expect(db.followUp.create({ data: { placementId: placement.id, authorId: world.host.id, date: day(TODAY) } })).rejects.toThrow();
  });

  it("a draft saves what was written with a new version, and a stale save is refused", async () => {
    const { draftId } = await aDraft();
    const saved = await saveFollowUpDraft(world.host, { followUpId: draftId, version: 1, tasks: "Plock", plannedHours: 40 });
    expect(saved).toMatchObject({ ok: true, value: { version: 2 } });
    expect(await saveFollowUpDraft(world.host, { followUpId: draftId, version: 1, tasks: "Annat" })).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({ tasks: "Plock", plannedHours: 40, version: 2 });
  });

  it("submitting locks the follow-up, derives attendance, and writes the placement's last and next follow-up in the same transaction", async () => {
    const { placement, draftId } = await aDraft();
    const result = await submitFollowUp(world.host, aSubmission(draftId, 1, { plannedHours: 80, attendedHours: 50 }));
    expect(result).toEqual({ ok: true, value: { id: draftId, placementId: placement.id } });
    const row = await db.followUp.findUniqueOrThrow({ where: { id: draftId } });
    expect(row).toMatchObject({ status: "SUBMITTED", attendance: "PARTLY", version: 2, proposedStage: "PA_VAG" });
    expect(row.submittedAt).not.toBeNull();
    // Arbetsträning on site: every 28 days after the latest follow-up.
    const after = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(after).toMatchObject({ lastFollowUpOn: day("2026-02-27"), nextFollowUpDueOn: day("2026-03-27"), version: placement.version });
    expect(await saveFollowUpDraft(world.host, { followUpId: draftId, version: 2, tasks: "Ändrat" })).toMatchObject({ ok: false, reason: "conflict" });
    const audits = await db.auditEvent.findMany({ where: { OR: [{ entity: "FollowUp", entityId: draftId }, { entity: "Placement", entityId: placement.id, action: "UPDATE" }] } });
    expect(audits.map((a) => `${a.entity}:${a.action}`).sort()).toEqual(["FollowUp:CREATE", "FollowUp:UPDATE", "Placement:UPDATE"]);
  });

  it("a double submit registers once", async () => {
    const { draftId } = await aDraft();
    const [first, second] = [await submitFollowUp(world.host, aSubmission(draftId, 1)), await submitFollowUp(world.host, aSubmission(draftId, 1))];
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
    expect(await db.auditEvent.count({ where: { entity: "FollowUp", entityId: draftId, action: "UPDATE" } })).toBe(1);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).version).toBe(2);
  });

  it("a double submit sent at the same moment registers once too", async () => {
    const { draftId, placement } = await aDraft();
    const results = await Promise.all([submitFollowUp(world.host, aSubmission(draftId, 1)), submitFollowUp(world.host, aSubmission(draftId, 1))]);
    expect(results).toEqual([
      { ok: true, value: { id: draftId, placementId: placement.id } },
      { ok: true, value: { id: draftId, placementId: placement.id } },
    ]);
    expect(await db.auditEvent.count({ where: { entity: "Placement", entityId: placement.id, action: "UPDATE" } })).toBe(1);
  });

  it("a submit from a form older than the last save is refused", async () => {
    const { draftId } = await aDraft();
    await saveFollowUpDraft(world.host, { followUpId: draftId, version: 1, tasks: "Plock" });
    expect(await submitFollowUp(world.host, aSubmission(draftId, 1))).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("DRAFT");
  });

  it("refuses a follow-up dated in the future or a period outside the placement, at the fields", async () => {
    const { draftId } = await aDraft();
    const future = await submitFollowUp(world.host, aSubmission(draftId, 1, { date: "2026-03-03", periodTo: "2026-03-02" }));
    expect(future).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "date", message: expect.stringContaining("framtiden") }] });
    const before = await submitFollowUp(world.host, aSubmission(draftId, 1, { periodFrom: "2026-01-20" }));
    expect(before).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "periodFrom" }] });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("DRAFT");
  });

  it("requires the remote review for a remote or mixed placement, and keeps it", async () => {
    const { draftId } = await aDraft({ mode: "REMOTE" });
    const refused = await submitFollowUp(world.host, aSubmission(draftId, 1));
    expect(refused).toMatchObject({ ok: false, reason: "invalid" });
    if (!refused.ok && refused.reason === "invalid") expect(refused.errors.map((e) => e.field).sort()).toEqual(["remoteIsolated", "remoteMoveOnSite", "remoteReview"]);
    if (!refused.ok && refused.reason === "invalid") expect(refused.errors[0]!.message).toBe(REMOTE_REVIEW_MISSING);
    const accepted = await submitFollowUp(world.host, aSubmission(draftId, 1, { remoteIsolated: "ja", remoteMoveOnSite: "ja", remoteReview: "Sitter mest ensam hemma", remoteConcern: true }));
    expect(accepted).toMatchObject({ ok: true });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({ remoteIsolated: true, remoteMoveOnSite: true, remoteConcern: true });
  });

  it("a correction is a new version that supersedes the old one, and both stay in the history", async () => {
    const { placement, draftId: firstId } = await aSubmitted();
    const started = await startCorrection(world.host, { followUpId: firstId });
    expect(started.ok).toBe(true);
    const correctionId = started.ok ? started.value.id : "";
    expect(correctionId).not.toBe(firstId);
    // Starting again resumes it.
    expect(await startCorrection(world.host, { followUpId: firstId })).toEqual(started);
    const copy = await db.followUp.findUniqueOrThrow({ where: { id: correctionId } });
    expect(copy).toMatchObject({ status: "DRAFT", replacesId: firstId, tasks: "Plock och pack, inventering", version: 1 });

    const submitted = await submitFollowUp(world.host, aSubmission(correctionId, 1, { date: "2026-03-01", periodTo: "2026-03-01", attendedHours: 80 }));
    expect(submitted).toMatchObject({ ok: true });
    expect((await db.followUp.findUniqueOrThrow({ where: { id: firstId } })).status).toBe("SUPERSEDED");
    expect((await db.placement.findUniqueOrThrow({ where: { id: placement.id } })).lastFollowUpOn).toEqual(day("2026-03-01"));
    const shown = await getHostFollowUp(world.host, firstId);
    expect(shown?.versions.newer.map((v) => v.id)).toEqual([correctionId]);
    const latest = await getHostFollowUp(world.host, correctionId);
    expect(latest?.versions.older.map((v) => v.id)).toEqual([firstId]);
    expect(await startCorrection(world.host, { followUpId: firstId })).toMatchObject({ ok: false, reason: "conflict" });
  });
});

describe("the case officer's inbox and review", () => {
  it("lists submitted follow-ups of the officer's own participants, oldest first, with a count", async () => {
    const first = await aSubmitted();
    const second = await aSubmitted();
    const mine = await listFollowUpsToReview(world.officer);
    const ids = mine.map((f) => f.id);
    expect(ids.indexOf(first.draftId)).toBeLessThan(ids.indexOf(second.draftId));
    expect(await countFollowUpsToReview(world.officer)).toBe(mine.length);
    expect(await listFollowUpsToReview(world.otherOfficer)).toEqual([]);
    expect(await countFollowUpsToReview(world.host)).toBe(0);
  });

  it("reading a follow-up is audited", async () => {
    const { draftId, participant } = await aSubmitted();
    expect(await getFollowUpForOfficer(world.officer, draftId)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: world.officer.id, action: "READ", entity: "FollowUp", entityId: draftId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: world.officer.id, action: "READ", entity: "Participant", entityId: participant.id, changes: { equals: { view: "follow-up-review" } } } })).toBe(1);
  });

  it("accepting the proposed stage writes exactly one stage assessment and moves the current stage, once", async () => {
    const { draftId, participant } = await aSubmitted();
    const review = { followUpId: draftId, version: 2, decision: "ACCEPT" as const, reason: "Håller med anordnaren", date: TODAY };
    expect(await reviewFollowUp(world.officer, review)).toEqual({ ok: true, value: { id: draftId, participantId: participant.id } });
    expect(await reviewFollowUp(world.officer, review)).toMatchObject({ ok: false, reason: "conflict" });
    const assessments = await db.stageAssessment.findMany({ where: { participantId: participant.id } });
    expect(assessments).toMatchObject([{ stage: "PA_VAG", followUpId: draftId, assessedById: world.officer.id, reason: "Håller med anordnaren", date: day(TODAY) }]);
    expect((await db.participant.findUniqueOrThrow({ where: { id: participant.id } })).currentStage).toBe("PA_VAG");
    expect(await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).toMatchObject({ status: "REVIEWED", reviewedById: world.officer.id });
    const audits = await db.auditEvent.findMany({ where: { actorId: world.officer.id, action: { in: ["CREATE", "UPDATE"] }, OR: [{ entityId: draftId }, { entityId: participant.id }, { entity: "StageAssessment", entityId: assessments[0]!.id }] } });
    expect(audits.map((a) => `${a.entity}:${a.action}`).sort()).toEqual(["FollowUp:UPDATE", "Participant:UPDATE", "StageAssessment:CREATE"]);
    expect(await countFollowUpsToReview(world.officer)).toBe((await listFollowUpsToReview(world.officer)).length);
    expect((await listFollowUpsToReview(world.officer)).map((f) => f.id)).not.toContain(draftId);
  });

  it("another stage can be set, a stale review is refused, and a review without a stage change writes no assessment", async () => {
    const one = await aSubmitted();
    expect(await reviewFollowUp(world.officer, { followUpId: one.draftId, version: 1, decision: "NONE" })).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    expect(await reviewFollowUp(world.officer, { followUpId: one.draftId, version: 2, decision: "OTHER", stage: "NASTAN_FRAMME", reason: "Har fått en intervju", date: TODAY })).toMatchObject({ ok: true });
    expect((await db.participant.findUniqueOrThrow({ where: { id: one.participant.id } })).currentStage).toBe("NASTAN_FRAMME");

    const two = await aSubmitted();
    expect(await reviewFollowUp(world.officer, { followUpId: two.draftId, version: 2, decision: "NONE" })).toMatchObject({ ok: true });
    expect(await db.stageAssessment.count({ where: { participantId: two.participant.id } })).toBe(0);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: two.draftId } })).status).toBe("REVIEWED");
  });

  it("refuses a stage assessment dated in the future, and writes nothing", async () => {
    const { draftId, participant } = await aSubmitted();
    const refused = await reviewFollowUp(world.officer, { followUpId: draftId, version: 2, decision: "ACCEPT", reason: "Ok", date: "2026-03-05" });
    expect(refused).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "date" }] });
    expect(await db.stageAssessment.count({ where: { participantId: participant.id } })).toBe(0);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("SUBMITTED");
  });
});

describe("the stage history", () => {
  it("shows each change with who, why, the stage before and the follow-up it came from; a move back is a move back", async () => {
    const { draftId, participant } = await aSubmitted();
    await db.stageAssessment.create({ data: { participantId: participant.id, stage: "NASTAN_FRAMME", date: day("2026-02-10"), assessedById: world.officer.id, reason: "Nära arbete" } });
    await db.participant.update({ where: { id: participant.id }, data: { currentStage: "NASTAN_FRAMME" } });
    await reviewFollowUp(world.officer, { followUpId: draftId, version: 2, decision: "ACCEPT", reason: "Behöver mer tid", date: TODAY });
    const shown = await getParticipantCase(world.officer, participant.id);
    expect(shown?.currentStage).toBe("PA_VAG");
    expect(shown?.stageHistory[0]).toMatchObject({ stage: "PA_VAG", previous: "NASTAN_FRAMME", direction: "BACK", reason: "Behöver mer tid", assessedBy: { name: world.officer.name } });
    expect(shown?.stageHistory[0]?.followUp).toMatchObject({ id: draftId, date: day("2026-02-27"), placement: { provider: { name: world.provider.name } } });
    // Names are read once for the page, not per relation: each still lands on its own row.
    expect(shown?.stageHistory[1]).toMatchObject({ stage: "NASTAN_FRAMME", followUp: null, assessedBy: { name: world.officer.name } });
    expect(shown?.followUps[0]).toMatchObject({ id: draftId, author: { name: world.host.name }, placement: { periodNumber: 1, provider: { name: world.provider.name } } });
    expect(shown?.placements.map((p) => p.provider.name)).toEqual([world.provider.name]);
    expect([shown?.unit.name, shown?.responsibleOfficer]).toEqual([world.unit.name, { id: world.officer.id, name: world.officer.name }]);
  });
});

describe("warnings on the caseload", () => {
  it("are computed in the database: low attendance, a concern, a remote concern, an overdue follow-up", async () => {
    const low = await aDraft();
    await submitFollowUp(world.host, aSubmission(low.draftId, 1, { plannedHours: 80, attendedHours: 40 }));
    const worried = await aDraft({ mode: "MIXED" });
    await submitFollowUp(world.host, aSubmission(worried.draftId, 1, { hasConcern: true, concerns: "Kommer sent", remoteIsolated: "ja", remoteMoveOnSite: "ja", remoteReview: "Ensam hemma", remoteConcern: true }));
    const late = await aPlacement();
    await db.placement.update({ where: { id: late.placement.id }, data: { nextFollowUpDueOn: day("2026-02-16") } });
    const fine = await aSubmitted();

    const warnings = await db.$transaction((tx) => caseloadWarnings(tx, [low.participant.id, worried.participant.id, late.participant.id, fine.participant.id], TODAY));
    expect(warnings.get(low.participant.id)).toEqual({ overdue: false, concern: false, remoteConcern: false, lowAttendance: true });
    expect(warnings.get(worried.participant.id)).toEqual({ overdue: false, concern: true, remoteConcern: true, lowAttendance: false });
    expect(warnings.get(late.participant.id)).toEqual({ overdue: true, concern: false, remoteConcern: false, lowAttendance: false });
    expect(warnings.get(fine.participant.id)).toEqual({ overdue: false, concern: false, remoteConcern: false, lowAttendance: false });
  });
});
