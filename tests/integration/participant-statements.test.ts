// The participant's own view of a placement (issue 18): they write it before a follow-up and answer the
// follow-up after; the host and the case officer read it. Through the services, on a scratch database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATEMENT_MESSAGES } from "@/lib/rules";
import { getAccessLog } from "@/lib/server/data-protection/access-log";
import { startCorrection, startFollowUp } from "@/lib/server/follow-ups/drafts";
import { getFollowUpForOfficer, getHostFollowUp } from "@/lib/server/follow-ups/read";
import { submitFollowUp } from "@/lib/server/follow-ups/submit";
import { ownStatements, placementStatementsForStaff, respondToFollowUp, writeOwnView } from "@/lib/server/participant-statements";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { fixTodayForThisFile } from "../support/fixed-today";
import { aSubmission, createFollowUpWorld, createRunningPlacement } from "../support/follow-up-factories";
import { participantLoginOf } from "../support/participant-factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
fixTodayForThisFile("2026-03-02");

let world: Awaited<ReturnType<typeof createFollowUpWorld>>;
beforeAll(async () => {
  world = await createFollowUpWorld(db);
});
afterAll(() => db.$disconnect());

/** A running placement (2026-02-02 – 2026-04-30) of the officer's participant at the host, and the participant's own login. */
async function aParticipantOnPlacement(extra: Partial<Parameters<typeof createRunningPlacement>[1]> = {}) {
  const { participant, placement } = await createRunningPlacement(db, { unitId: world.unit.id, officerId: world.officer.id, providerId: world.provider.id, ...extra });
  return { participant, placement, login: await participantLoginOf(db, participant.id) };
}

/** The host starts a follow-up of the placement and sends it; answers its id. */
async function aSentFollowUp(placementId: string, dates: { date: string; periodFrom: string; periodTo: string } = { date: "2026-02-27", periodFrom: "2026-02-02", periodTo: "2026-02-27" }) {
  const started = await startFollowUp(world.host, { placementId });
  if (!started.ok) throw new Error(JSON.stringify(started));
  const sent = await submitFollowUp(world.host, aSubmission(started.value.id, 1, dates));
  if (!sent.ok) throw new Error(JSON.stringify(sent));
  return started.value.id;
}

const valueOf = <T,>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
};

const eventsAbout = (entityId: string) => db.auditEvent.findMany({ where: { entity: "ParticipantStatement", entityId }, orderBy: { id: "asc" } });

describe("the participant's own view before a follow-up", () => {
  it("is written on their own running placement, by them, and audited without its text", async () => {
    const { participant, placement, login } = await aParticipantOnPlacement();
    const text = "Jag trivs med plocket men blir trött efter lunch.";
    const written = valueOf(await writeOwnView(login, { placementId: placement.id, text }));

    const row = await db.participantStatement.findUniqueOrThrow({ where: { id: written.id } });
    expect(row).toMatchObject({ participantId: participant.id, placementId: placement.id, kind: "BEFORE_FOLLOW_UP", agrees: null, followUpId: null, text, authorId: login.id });
    const events = await eventsAbout(written.id);
    expect(events.map((e) => [e.action, e.actorId, e.actorRole, e.changes])).toEqual([["CREATE", login.id, "DELTAGARE", { placementId: placement.id, kind: "BEFORE_FOLLOW_UP" }]]);
    expect(JSON.stringify(events.map((e) => e.changes))).not.toContain("trött");
  });

  it("sent twice within a minute (a double click) is written once; another text is another view", async () => {
    const { placement, login } = await aParticipantOnPlacement();
    const input = { placementId: placement.id, text: "Det går bra." };
    const [first, second] = await Promise.all([writeOwnView(login, input), writeOwnView(login, input)]);
    expect(valueOf(second).id).toBe(valueOf(first).id);
    const third = valueOf(await writeOwnView(login, { ...input, text: "En sak till: jag vill prova kassan." }));
    expect(third.id).not.toBe(valueOf(first).id);
    expect(await db.participantStatement.count({ where: { placementId: placement.id } })).toBe(2);
  });

  it("may be written before the placement starts, not after it has ended", async () => {
    const planned = await aParticipantOnPlacement({ status: "PLANNED", startDate: "2026-03-16" });
    expect((await writeOwnView(planned.login, { placementId: planned.placement.id, text: "Jag ser fram emot att börja." })).ok).toBe(true);
    // Ended on the dates, though the status job has not run: the rule judges by the dates.
    const ended = await aParticipantOnPlacement({ startDate: "2026-01-05", plannedEndDate: "2026-02-27" });
    expect(await writeOwnView(ended.login, { placementId: ended.placement.id, text: "Sent påkommet." })).toEqual({ ok: false, reason: "conflict", message: STATEMENT_MESSAGES.placementEnded });
  });

  it("is not found on a cancelled placement, or on another participant's", async () => {
    const mine = await aParticipantOnPlacement();
    const theirs = await aParticipantOnPlacement();
    await db.placement.update({ where: { id: mine.placement.id }, data: { status: "CANCELLED", endReason: "Blev inte av" } });
    expect(await writeOwnView(mine.login, { placementId: mine.placement.id, text: "Hej" })).toEqual({ ok: false, reason: "not-found" });
    expect(await writeOwnView(theirs.login, { placementId: mine.placement.id, text: "Hej" })).toEqual({ ok: false, reason: "not-found" });
  });
});

describe("the participant's answer to a follow-up", () => {
  it("questions a sent follow-up with what is not right, once; the event holds whether they agree, not what they wrote", async () => {
    const { placement, login } = await aParticipantOnPlacement();
    const followUpId = await aSentFollowUp(placement.id);
    const answered = valueOf(await respondToFollowUp(login, { followUpId, answer: "stammer-inte", text: "Jag var på ett möte på Arbetsförmedlingen, inte borta." }));

    expect(await db.participantStatement.findUniqueOrThrow({ where: { id: answered.id } })).toMatchObject({ kind: "RESPONSE", followUpId, agrees: false, authorId: login.id });
    const events = await eventsAbout(answered.id);
    expect(events.map((e) => e.changes)).toEqual([{ placementId: placement.id, followUpId, kind: "RESPONSE", agrees: false }]);
    expect(JSON.stringify(events.map((e) => e.changes))).not.toContain("möte");

    expect(await respondToFollowUp(login, { followUpId, answer: "stammer" })).toEqual({ ok: false, reason: "conflict", message: STATEMENT_MESSAGES.alreadyAnswered });
  });

  it("sent twice at the same moment is kept once; the other is told it has been answered", async () => {
    const { placement, login } = await aParticipantOnPlacement();
    const followUpId = await aSentFollowUp(placement.id);
    const results = await Promise.all([respondToFollowUp(login, { followUpId, answer: "stammer" }), respondToFollowUp(login, { followUpId, answer: "stammer" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "conflict", message: STATEMENT_MESSAGES.alreadyAnswered });
    expect(await db.participantStatement.count({ where: { followUpId } })).toBe(1);
  });

  it("questions only with a text, said at the text field", async () => {
    const { placement, login } = await aParticipantOnPlacement();
    const followUpId = await aSentFollowUp(placement.id);
    expect(await respondToFollowUp(login, { followUpId, answer: "stammer-inte", text: undefined })).toEqual({
      ok: false,
      reason: "invalid",
      errors: [{ field: "text", message: STATEMENT_MESSAGES.questionNeedsText }],
    });
  });

  it("is not given to a draft (the host's own), and a corrected version is answered in its new version", async () => {
    const { placement, login } = await aParticipantOnPlacement();
    const draft = valueOf(await startFollowUp(world.host, { placementId: placement.id }));
    expect(await respondToFollowUp(login, { followUpId: draft.id, answer: "stammer" })).toEqual({ ok: false, reason: "not-found" });

    valueOf(await submitFollowUp(world.host, aSubmission(draft.id, 1)));
    const correction = valueOf(await startCorrection(world.host, { followUpId: draft.id }));
    expect(await respondToFollowUp(login, { followUpId: correction.id, answer: "stammer" })).toEqual({ ok: false, reason: "not-found" });
    valueOf(await submitFollowUp(world.host, aSubmission(correction.id, 1)));
    expect(await respondToFollowUp(login, { followUpId: draft.id, answer: "stammer" })).toEqual({ ok: false, reason: "conflict", message: STATEMENT_MESSAGES.corrected });
    expect((await respondToFollowUp(login, { followUpId: correction.id, answer: "stammer" })).ok).toBe(true);
  });
});

describe("who may write", () => {
  it("another participant finds neither the placement nor the follow-up, and reads none of the statements", async () => {
    const mine = await aParticipantOnPlacement();
    const other = await aParticipantOnPlacement();
    const followUpId = await aSentFollowUp(mine.placement.id);
    valueOf(await writeOwnView(mine.login, { placementId: mine.placement.id, text: "Mitt eget" }));

    expect(await writeOwnView(other.login, { placementId: mine.placement.id, text: "Inte mitt" })).toEqual({ ok: false, reason: "not-found" });
    expect(await respondToFollowUp(other.login, { followUpId, answer: "stammer" })).toEqual({ ok: false, reason: "not-found" });
    expect(await ownStatements(other.login, mine.placement.id)).toEqual([]);
    expect((await ownStatements(mine.login, mine.placement.id)).map((s) => s.text)).toEqual(["Mitt eget"]);
  });

  it("staff are refused both commands, and read no participant's own list", async () => {
    const { placement, login } = await aParticipantOnPlacement();
    const followUpId = await aSentFollowUp(placement.id);
    for (const user of [world.host, world.officer]) {
      expect(await writeOwnView(user, { placementId: placement.id, text: "Som om jag vore deltagaren" })).toEqual({ ok: false, reason: "forbidden" });
      expect(await respondToFollowUp(user, { followUpId, answer: "stammer" })).toEqual({ ok: false, reason: "forbidden" });
      expect(await ownStatements(user, placement.id)).toEqual([]);
    }
    // A participant's login without its participant is no participant's.
    expect(await writeOwnView({ ...login, participantId: null }, { placementId: placement.id, text: "Hej" })).toEqual({ ok: false, reason: "forbidden" });
    expect(await db.participantStatement.count({ where: { placementId: placement.id } })).toBe(0);
  });
});

describe("what the host and the case officer read", () => {
  it("the host's draft shows the views written since the follow-up before it; the sent follow-up shows them and the answer", async () => {
    const { placement, participant, login } = await aParticipantOnPlacement();
    valueOf(await writeOwnView(login, { placementId: placement.id, text: "Före första uppföljningen" }));
    const first = await aSentFollowUp(placement.id);
    valueOf(await writeOwnView(login, { placementId: placement.id, text: "Efter första, del 1" }));
    valueOf(await writeOwnView(login, { placementId: placement.id, text: "Efter första, del 2" }));
    valueOf(await respondToFollowUp(login, { followUpId: first, answer: "stammer" }));

    const draft = valueOf(await startFollowUp(world.host, { placementId: placement.id }));
    const onDraft = await getHostFollowUp(world.host, draft.id);
    expect(onDraft?.participantStatements.viewsBefore.map((v) => v.text)).toEqual(["Efter första, del 2", "Efter första, del 1"]);
    expect(onDraft?.participantStatements.response).toBeNull();

    const onFirst = await getHostFollowUp(world.host, first);
    expect(onFirst?.participantStatements.viewsBefore.map((v) => v.text)).toEqual(["Före första uppföljningen"]);
    expect(onFirst?.participantStatements.response).toMatchObject({ agrees: true, text: null, followUpId: first, followUpDate: "2026-02-27" });

    // The read is the page's, audited there as a read of the participant; the views add no event of their own.
    expect(await db.auditEvent.count({ where: { actorId: world.host.id, entity: "Participant", entityId: participant.id, action: "READ" } })).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { actorId: world.host.id, entity: "ParticipantStatement" } })).toBe(0);
  });

  it("the officer's review shows the answer and the views before the follow-up; a correction keeps the views of its first version", async () => {
    const { placement, login } = await aParticipantOnPlacement();
    valueOf(await writeOwnView(login, { placementId: placement.id, text: "Jag vill ha fler pass" }));
    const sent = await aSentFollowUp(placement.id);
    valueOf(await respondToFollowUp(login, { followUpId: sent, answer: "stammer-inte", text: "Jag har inte varit sjuk" }));

    const review = await getFollowUpForOfficer(world.officer, sent);
    expect(review?.participantStatements.response).toMatchObject({ agrees: false, text: "Jag har inte varit sjuk" });
    expect(review?.participantStatements.viewsBefore.map((v) => v.text)).toEqual(["Jag vill ha fler pass"]);

    const correction = valueOf(await startCorrection(world.host, { followUpId: sent }));
    valueOf(await submitFollowUp(world.host, aSubmission(correction.id, 1)));
    const corrected = await getFollowUpForOfficer(world.officer, correction.id);
    expect(corrected?.participantStatements.viewsBefore.map((v) => v.text)).toEqual(["Jag vill ha fler pass"]);
    expect(corrected?.participantStatements.response).toBeNull();
    expect(await getFollowUpForOfficer(world.otherOfficer, sent)).toBeNull();
  });

  it("the officer's placement page lists every statement, newest first; another unit's officer reads none", async () => {
    const { placement, login } = await aParticipantOnPlacement();
    valueOf(await writeOwnView(login, { placementId: placement.id, text: "Första" }));
    const sent = await aSentFollowUp(placement.id);
    valueOf(await respondToFollowUp(login, { followUpId: sent, answer: "stammer" }));

    const listed = await placementStatementsForStaff(world.officer, placement.id);
    expect(listed.map((s) => [s.kind, s.agrees, s.text, s.followUpId])).toEqual([
      ["RESPONSE", true, null, sent],
      ["BEFORE_FOLLOW_UP", null, "Första", null],
    ]);
    expect(await placementStatementsForStaff(world.otherOfficer, placement.id)).toEqual([]);
  });

  it("the participant's access-log extract shows what they wrote, as theirs", async () => {
    const { participant, placement, login } = await aParticipantOnPlacement();
    valueOf(await writeOwnView(login, { placementId: placement.id, text: "Loggas utan text" }));
    const log = await getAccessLog(world.officer, participant.id, "page");
    expect(log?.rows.map((r) => [r.who, r.role, r.description])).toContainEqual([login.name, "Deltagare", "Registrerade deltagarens egen bild eller svar på en uppföljning"]);
  });
});
