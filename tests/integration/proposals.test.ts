import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxPeriod } from "@/lib/rules";
import { answerProposal } from "@/lib/server/proposals/answer-proposal";
import { makeProposal } from "@/lib/server/proposals/make-proposal";
import { countWaitingProposals, placementProposals, placementProposalsForHost, proposalForOfficer, waitingProposals } from "@/lib/server/proposals/read-proposals";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { STALE_EDIT } from "@/lib/server/result";
import { proposalAnswer, proposalInput, REJECTION_REASON_MISSING, type ProposalInput } from "@/lib/validation/proposal";
import { createListedParticipant, createPlacementOn, createProvider, createSupervisor, createUnit, createUser } from "../support/factories";
import { createProposal } from "../support/proposal-factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
const TODAY = "2026-03-02";
const previousToday = process.env.STEGVIS_TODAY;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let world: Awaited<ReturnType<typeof buildWorld>>;
async function buildWorld() {
  const [unit, otherUnit] = [await createUnit(db), await createUnit(db)];
  const [provider, otherProvider] = [await createProvider(db), await createProvider(db)];
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const otherUnitsOfficer = await createUser(db, { role: "HANDLAGGARE", unitId: otherUnit.id });
  const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
  const otherHost = await createUser(db, { role: "ANORDNARE", providerId: otherProvider.id });
  const supervisorLogin = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
  const supervisor = await db.supervisor.update({ where: { id: (await createSupervisor(db, { providerId: provider.id })).id }, data: { userId: supervisorLogin.id } });
  return { unit, provider, officer, otherUnitsOfficer, host, otherHost, supervisorLogin, supervisor };
}

beforeAll(async () => {
  process.env.STEGVIS_TODAY = TODAY;
  world = await buildWorld();
});
afterAll(async () => {
  if (previousToday === undefined) delete process.env.STEGVIS_TODAY;
  else process.env.STEGVIS_TODAY = previousToday;
  await db.$disconnect();
});

/** A JOB participant in arbetsträning at the world's provider from 2026-02-02 to 2026-04-30: the rules allow it until 2026-08-01. */
async function aRunningPlacement(options: { supervisorId?: string } = {}) {
  const participant = await createListedParticipant(db, { unitId: world.unit.id, responsibleOfficerId: world.officer.id });
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: world.provider.id,
    officerId: world.officer.id,
    decisionDate: "2026-01-26",
    startDate: "2026-02-02",
    plannedEndDate: "2026-04-30",
    status: "ACTIVE",
  });
  if (options.supervisorId) await db.placement.update({ where: { id: placement.id }, data: { supervisorId: options.supervisorId } });
  return { participant, placement };
}

const extension = (placementId: string, newEndDate = "2026-06-30", justification = "Behöver mer tid att träna truckkörning"): ProposalInput => ({
  placementId,
  kind: "EXTEND",
  newEndDate,
  reasonCode: "OTHER",
  justification,
});

/** Everything a proposal touches: its row, the placement, the placement's history and the audit trail of both. */
async function written(proposalId: string | null, placementId: string) {
  const [proposals, placement, events, audits] = await Promise.all([
    db.placementProposal.findMany({ where: { placementId }, orderBy: { createdAt: "asc" } }),
    db.placement.findUniqueOrThrow({ where: { id: placementId } }),
    db.placementEvent.findMany({ where: { placementId } }),
    db.auditEvent.findMany({ where: { OR: [{ entity: "Placement", entityId: placementId }, ...(proposalId ? [{ entity: "PlacementProposal", entityId: proposalId }] : [])], action: { not: "READ" } } }),
  ]);
  return { proposals, placement, events, audits };
}

async function proposed(input: ProposalInput, user = world.host) {
  const result = await makeProposal(user, input);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.id;
}

describe("a provider proposes a change", () => {
  it("an extension waits for the case officer, with its author, reason and an audit event", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id));
    const { proposals, placement: row, audits } = await written(id, placement.id);
    expect(proposals).toMatchObject([{ id, kind: "EXTEND", status: "WAITING", newEndDate: day("2026-06-30"), authorId: world.host.id, reasonCode: "OTHER", version: 1 }]);
    expect(row.version).toBe(1);
    expect(audits).toMatchObject([{ action: "CREATE", entity: "PlacementProposal", actorId: world.host.id, changes: { kind: "EXTEND", newEndDate: "2026-06-30", placementId: placement.id } }]);
  });

  it("a newer proposal of the same kind replaces the waiting one and links to it; another kind waits beside it", async () => {
    const { placement } = await aRunningPlacement();
    const first = await proposed(extension(placement.id, "2026-05-31"));
    const second = await proposed(extension(placement.id, "2026-06-30", "Två månader till behövs"));
    const terms = await proposed({ placementId: placement.id, kind: "CHANGE_TERMS", hoursPerWeek: 25, reasonCode: "OTHER", justification: "Orkar mer nu" });

    const rows = await db.placementProposal.findMany({ where: { placementId: placement.id } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(first)).toMatchObject({ status: "REPLACED", replacedById: second, version: 2 });
    expect(byId.get(second)).toMatchObject({ status: "WAITING", replacedById: null });
    expect(byId.get(terms)).toMatchObject({ status: "WAITING", kind: "CHANGE_TERMS", hoursPerWeek: 25, newEndDate: null });
    expect(await db.auditEvent.count({ where: { entity: "PlacementProposal", entityId: first, action: "UPDATE" } })).toBe(1);
  });

  it("the same proposal sent twice at once (a double submit) is registered once", async () => {
    const { placement } = await aRunningPlacement();
    const results = await Promise.all([makeProposal(world.host, extension(placement.id)), makeProposal(world.host, extension(placement.id))]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.placementProposal.count({ where: { placementId: placement.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entity: "PlacementProposal", action: "CREATE", changes: { path: ["placementId"], equals: placement.id } } })).toBe(1);
  });

  it("that does not change anything, or changes it the wrong way, is refused at the field", async () => {
    const { placement } = await aRunningPlacement();
    expect(await makeProposal(world.host, extension(placement.id, "2026-04-30"))).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "newEndDate", message: expect.stringContaining("senare än nuvarande slutdatum 2026-04-30") }] });
    expect(await makeProposal(world.host, { placementId: placement.id, kind: "END_EARLY", newEndDate: "2026-01-31", reasonCode: "GOT_JOB", justification: "Fick jobb" })).toMatchObject({
      ok: false,
      errors: [{ field: "newEndDate", message: expect.stringContaining("före startdatumet 2026-02-02") }],
    });
    expect(await makeProposal(world.host, { placementId: placement.id, kind: "CHANGE_TERMS", hoursPerWeek: 20, reasonCode: "OTHER", justification: "Samma" })).toMatchObject({ ok: false, errors: [{ field: "hoursPerWeek" }] });
    expect(await db.placementProposal.count({ where: { placementId: placement.id } })).toBe(0);
  });

  it("on a placement the officer has ended is refused with the reason; on a cancelled one the provider gets not found", async () => {
    const { placement } = await aRunningPlacement();
    await db.placement.update({ where: { id: placement.id }, data: { status: "ENDED", actualEndDate: day("2026-02-27"), endReasonCode: "COMPLETED" } });
    expect(await makeProposal(world.host, extension(placement.id))).toEqual({
      ok: false,
      reason: "conflict",
      message: "Placeringen är redan avslutad. Behöver deltagaren fortsätta, registrera en ny period.",
    });
    const { placement: cancelled } = await aRunningPlacement();
    await db.placement.update({ where: { id: cancelled.id }, data: { status: "CANCELLED", endReason: "Fel anordnare" } });
    expect(await makeProposal(world.host, extension(cancelled.id))).toEqual({ ok: false, reason: "not-found" });
  });

  it("needs the fields its kind uses, and a justification, in the schema the form shares", () => {
    const parsed = proposalInput.safeParse({ placementId: crypto.randomUUID(), kind: "CHANGE_START", reasonCode: "ILLNESS" });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["newStartDate: Fyll i det nya startdatumet du föreslår.", "justification: Fyll i motivering."]));
  });

  it("at most one proposal per placement and kind waits, kept by the database itself", async () => {
    const { placement } = await aRunningPlacement();
    await createProposal(db, { placementId: placement.id, authorId: world.host.id });
    await expect(createProposal(db, { placementId: placement.id, authorId: world.host.id })).rejects.toThrow();
    await createProposal(db, { placementId: placement.id, authorId: world.host.id, status: "WITHDRAWN" });
    expect(await db.placementProposal.count({ where: { placementId: placement.id } })).toBe(2);
  });
});

describe("who may see and touch a proposal", () => {
  it("another provider's user gets not found on the placement, the proposal and the list, and nothing is written", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id));
    const before = await written(id, placement.id);

    expect(await makeProposal(world.otherHost, extension(placement.id, "2026-07-31"))).toEqual({ ok: false, reason: "not-found" });
    expect(await withdrawProposal(world.otherHost, { proposalId: id, version: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await placementProposalsForHost(world.otherHost, placement.id)).toBeNull();
    expect(await placementProposals(world.otherHost, placement.id)).toEqual([]);
    expect(await written(id, placement.id)).toEqual(before);
  });

  it("a supervisor with a login of their own acts on the placements they supervise, and gets not found on the others", async () => {
    const { placement: theirs } = await aRunningPlacement({ supervisorId: world.supervisor.id });
    const { placement: colleagues } = await aRunningPlacement();
    expect((await makeProposal(world.supervisorLogin, extension(theirs.id))).ok).toBe(true);
    expect(await makeProposal(world.supervisorLogin, extension(colleagues.id))).toEqual({ ok: false, reason: "not-found" });
    expect(await placementProposalsForHost(world.supervisorLogin, colleagues.id)).toBeNull();
    // The provider's contact sees both.
    expect(await placementProposalsForHost(world.host, theirs.id)).toMatchObject({ proposals: [{ author: { name: world.supervisorLogin.name } }] });
  });

  it("a case officer of another unit gets not found, and their inbox and count leave it out", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id));
    const before = await written(id, placement.id);

    expect(await answerProposal(world.otherUnitsOfficer, { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT" })).toEqual({ ok: false, reason: "not-found" });
    expect(await proposalForOfficer(world.otherUnitsOfficer, id)).toBeNull();
    expect((await waitingProposals(world.otherUnitsOfficer)).map((p) => p.id)).not.toContain(id);
    expect(await countWaitingProposals(world.otherUnitsOfficer)).toBe(0);
    expect(await written(id, placement.id)).toEqual(before);
  });

  it("a provider's user cannot answer, and a case officer cannot propose or withdraw", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id));
    expect(await answerProposal(world.host, { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT" })).toMatchObject({ ok: false });
    expect(await makeProposal(world.officer, extension(placement.id, "2026-07-31"))).toEqual({ ok: false, reason: "not-found" });
    expect(await withdrawProposal(world.officer, { proposalId: id, version: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await db.placementProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "WAITING", version: 1 });
  });
});

describe("the case officer answers", () => {
  it("the inbox lists the waiting proposals for the officer's own participants oldest first, with the count in step, and logs the read", async () => {
    const { placement: a } = await aRunningPlacement();
    const { placement: b } = await aRunningPlacement();
    const before = await countWaitingProposals(world.officer);
    const older = (await createProposal(db, { placementId: a.id, authorId: world.host.id, createdAt: new Date("2026-02-20T09:00:00Z") })).id;
    const newer = await proposed(extension(b.id));
    await createProposal(db, { placementId: a.id, authorId: world.host.id, kind: "CHANGE_TERMS", hoursPerWeek: 30, status: "WITHDRAWN" });

    const inbox = await waitingProposals(world.officer);
    const ids = inbox.map((p) => p.id);
    expect(ids.indexOf(older)).toBeLessThan(ids.indexOf(newer));
    expect(inbox.every((p) => p.status === "WAITING")).toBe(true);
    expect(await countWaitingProposals(world.officer)).toBe(before + 2);
    // A colleague's participant in the same unit: not in this officer's inbox.
    const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: world.unit.id });
    expect(await waitingProposals(colleague)).toEqual([]);
    expect(await countWaitingProposals(colleague)).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: world.officer.id, action: "READ", entityId: a.participantId, changes: { path: ["view"], equals: "waiting-proposals" } } })).toBe(1);
  });

  it("accepting an extension moves the end through the officer's own extension, with history, audit and the link to the proposal", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id));

    const result = await answerProposal(world.officer, { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT", answerReason: "Rimligt" });

    expect(result).toEqual({ ok: true, value: { id, placementId: placement.id, accepted: true } });
    const { proposals, placement: row, events, audits } = await written(id, placement.id);
    expect(proposals[0]).toMatchObject({ status: "ACCEPTED", answeredById: world.officer.id, answerReason: "Rimligt", version: 2 });
    expect(row).toMatchObject({ plannedEndDate: day("2026-06-30"), version: 2 });
    expect(events).toMatchObject([{ kind: "EXTENDED", proposalId: id, byId: world.officer.id, endBefore: day("2026-04-30"), endAfter: day("2026-06-30") }]);
    expect(events[0]!.reason).toContain("Behöver mer tid att träna truckkörning");
    expect(audits.map((a) => [a.entity, a.action]).sort()).toEqual([["Placement", "UPDATE"], ["PlacementProposal", "CREATE"], ["PlacementProposal", "UPDATE"]]);
  });

  it("accepting an extension past the period's limit is refused with the rule's own sentence, and nothing is written", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id, "2026-08-02"));
    const before = await written(id, placement.id);

    const result = await answerProposal(world.officer, { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT" });

    const limit = maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate: "2026-02-02", decisionDate: "2026-01-26" });
    expect(limit).toMatchObject({ allowed: true, lastDay: "2026-08-01" });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "decision" }] });
    const message = !result.ok && result.reason === "invalid" ? result.errors[0]!.message : "";
    expect(message).toContain("periodens sista tillåtna dag, 2026-08-01");
    expect(message).toContain(limit.explanation);
    expect(await written(id, placement.id)).toEqual(before);
  });

  it("rejecting needs a reason, leaves the placement as it was, and keeps the reason for the provider", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id));
    const parsed = proposalAnswer.safeParse({ proposalId: id, version: "1", placementVersion: "1", decision: "REJECT" });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([REJECTION_REASON_MISSING]);

    expect((await answerProposal(world.officer, { proposalId: id, version: 1, placementVersion: 1, decision: "REJECT", answerReason: "Mål uppnås redan i april" })).ok).toBe(true);

    const { proposals, placement: row, events } = await written(id, placement.id);
    expect(proposals[0]).toMatchObject({ status: "REJECTED", answerReason: "Mål uppnås redan i april", answeredById: world.officer.id });
    expect(row).toMatchObject({ plannedEndDate: day("2026-04-30"), version: 1 });
    expect(events).toEqual([]);
    expect(await placementProposalsForHost(world.host, placement.id)).toMatchObject({ proposals: [{ status: "REJECTED", answerReason: "Mål uppnås redan i april", answeredBy: { name: world.officer.name } }] });
  });

  it("a proposal withdrawn or replaced meanwhile is refused with what happened to it", async () => {
    const { placement } = await aRunningPlacement();
    const withdrawn = await proposed(extension(placement.id));
    expect(await withdrawProposal(world.host, { proposalId: withdrawn, version: 1 })).toMatchObject({ ok: true });
    expect(await db.placementProposal.findUniqueOrThrow({ where: { id: withdrawn } })).toMatchObject({ status: "WITHDRAWN", version: 2 });
    expect(await answerProposal(world.officer, { proposalId: withdrawn, version: 1, placementVersion: 1, decision: "ACCEPT" })).toEqual({
      ok: false,
      reason: "conflict",
      message: expect.stringContaining("dragit tillbaka"),
    });

    const replaced = await proposed(extension(placement.id, "2026-05-31"));
    await proposed(extension(placement.id, "2026-06-30", "Ny bedömning"));
    expect(await answerProposal(world.officer, { proposalId: replaced, version: 1, placementVersion: 1, decision: "ACCEPT" })).toEqual({
      ok: false,
      reason: "conflict",
      message: expect.stringContaining("ersatt förslaget med ett nyare"),
    });
    expect(await withdrawProposal(world.host, { proposalId: replaced, version: 2 })).toMatchObject({ ok: false, reason: "conflict" });
    expect((await db.placement.findUniqueOrThrow({ where: { id: placement.id } })).version).toBe(1);
  });

  it("a form opened at an older version of the proposal or of the placement is refused as stale, and nothing is written", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id));
    await db.placementProposal.update({ where: { id }, data: { version: 2 } });
    expect(await answerProposal(world.officer, { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT" })).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });

    await db.placement.update({ where: { id: placement.id }, data: { version: 2 } });
    const before = await written(id, placement.id);
    expect(await answerProposal(world.officer, { proposalId: id, version: 2, placementVersion: 1, decision: "ACCEPT" })).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    expect(await written(id, placement.id)).toEqual(before);
  });

  it("the same answer sent twice at once (a double submit) lands once, and both are told it landed", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed(extension(placement.id));
    const answer = { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT" } as const;
    const results = await Promise.all([answerProposal(world.officer, answer), answerProposal(world.officer, answer)]);
    expect(results).toEqual([
      { ok: true, value: { id, placementId: placement.id, accepted: true } },
      { ok: true, value: { id, placementId: placement.id, accepted: true } },
    ]);
    const { placement: row, events, audits } = await written(id, placement.id);
    expect(row.version).toBe(2);
    expect(events).toHaveLength(1);
    expect(audits.filter((a) => a.entity === "PlacementProposal" && a.action === "UPDATE")).toHaveLength(1);
  });

  it("two officers answering differently at once: one answer lands, the other is told what the first decided", async () => {
    const { placement } = await aRunningPlacement();
    const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: world.unit.id });
    const id = await proposed(extension(placement.id));
    const results = await Promise.all([
      answerProposal(world.officer, { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT" }),
      answerProposal(colleague, { proposalId: id, version: 1, placementVersion: 1, decision: "REJECT", answerReason: "Nej" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "conflict", message: expect.stringMatching(/redan (godkänt|avslaget)/) });
    expect((await written(id, placement.id)).audits.filter((a) => a.entity === "PlacementProposal" && a.action === "UPDATE")).toHaveLength(1);
  });

  it("accepting an earlier end shortens the placement", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed({ placementId: placement.id, kind: "END_EARLY", newEndDate: "2026-03-31", reasonCode: "GOT_JOB", justification: "Har fått anställning från april" });
    expect((await answerProposal(world.officer, { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT" })).ok).toBe(true);
    const { placement: row, events } = await written(id, placement.id);
    expect(row.plannedEndDate).toEqual(day("2026-03-31"));
    expect(events).toMatchObject([{ kind: "SHORTENED", proposalId: id, endAfter: day("2026-03-31") }]);
  });

  it("accepting a new start moves it within the rules and writes it to the history; a start that makes the period too long is refused", async () => {
    const { placement } = await aRunningPlacement();
    const later = await proposed({ placementId: placement.id, kind: "CHANGE_START", newStartDate: "2026-02-09", reasonCode: "ILLNESS", justification: "Var sjuk första veckan" });
    expect((await answerProposal(world.officer, { proposalId: later, version: 1, placementVersion: 1, decision: "ACCEPT" })).ok).toBe(true);
    const { placement: row, events } = await written(later, placement.id);
    expect(row).toMatchObject({ startDate: day("2026-02-09"), version: 2 });
    expect(events).toMatchObject([{ kind: "START_CHANGED", startBefore: day("2026-02-02"), startAfter: day("2026-02-09"), proposalId: later }]);

    // Six months of arbetsträning in JOB: a start in October 2025 would make the period run past its limit.
    const { placement: other } = await aRunningPlacement();
    const early = await proposed({ placementId: other.id, kind: "CHANGE_START", newStartDate: "2025-10-01", reasonCode: "OTHER", justification: "Började egentligen i oktober" });
    const before = await written(early, other.id);
    const refused = await answerProposal(world.officer, { proposalId: early, version: 1, placementVersion: 1, decision: "ACCEPT" });
    expect(refused).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "decision", message: expect.stringContaining("periodens sista tillåtna dag") }] });
    expect(await written(early, other.id)).toEqual(before);
  });

  it("accepting new terms changes the hours and keeps the change in the history", async () => {
    const { placement } = await aRunningPlacement();
    const id = await proposed({ placementId: placement.id, kind: "CHANGE_TERMS", hoursPerWeek: 30, reasonCode: "OTHER", justification: "Klarar heltid snart" });
    expect((await answerProposal(world.officer, { proposalId: id, version: 1, placementVersion: 1, decision: "ACCEPT" })).ok).toBe(true);
    const { placement: row, events } = await written(id, placement.id);
    expect(row).toMatchObject({ hoursPerWeek: 30, tasks: "Plock och pack" });
    expect(events).toMatchObject([{ kind: "TERMS_CHANGED", reason: expect.stringContaining("Timmar per vecka 20 → 30") }]);
  });
});
