import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveAgreementAsHost, approveAgreementAsOfficer, approveAgreementForParticipant } from "@/lib/server/agreements/approve";
import { saveAgreementDraft, sendAgreement } from "@/lib/server/agreements/draft";
import { agreementForHost, agreementForOfficer } from "@/lib/server/agreements/read";
import { generateNotices } from "@/lib/server/notices/generate";
import { extendPlacement } from "@/lib/server/placements/change-placement";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { STALE_EDIT } from "@/lib/server/result";
import type { SessionUser } from "@/lib/server/session-user";
import { agreementDraft, GOAL_CATEGORY_MISSING, NO_GOALS, type AgreementDraft } from "@/lib/validation/agreement";
import { fixTodayForThisFile } from "../support/fixed-today";
import { createListedParticipant, createPlacementOn, createProvider, createSupervisor, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
const TODAY = "2026-03-02";
fixTodayForThisFile(TODAY);
const setToday = (day: string) => (process.env.STEGVIS_TODAY = day);

let world: Awaited<ReturnType<typeof buildWorld>>;
async function buildWorld() {
  const [unit, otherUnit] = [await createUnit(db), await createUnit(db)];
  const [provider, otherProvider] = [await createProvider(db), await createProvider(db)];
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const otherUnitsOfficer = await createUser(db, { role: "HANDLAGGARE", unitId: otherUnit.id });
  const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
  const otherHost = await createUser(db, { role: "ANORDNARE", providerId: otherProvider.id });
  const coordinator = await createUser(db, { role: "KOORDINATOR", unitId: unit.id });
  return { unit, provider, officer, otherUnitsOfficer, host, otherHost, coordinator };
}

beforeAll(async () => {
  world = await buildWorld();
});
afterAll(() => db.$disconnect());

/** A JOB participant in arbetsträning at the world's provider, planned from 2026-03-16 to 2026-06-30 (the rules allow until 2026-09-15). */
async function aPlannedPlacement() {
  const participant = await createListedParticipant(db, { unitId: world.unit.id, responsibleOfficerId: world.officer.id });
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: world.provider.id,
    officerId: world.officer.id,
    decisionDate: "2026-03-01",
    startDate: "2026-03-16",
    plannedEndDate: "2026-06-30",
  });
  const supervisor = await createSupervisor(db, { providerId: world.provider.id });
  await db.placement.update({ where: { id: placement.id }, data: { supervisorId: supervisor.id } });
  return { participant, placement };
}

const draftInput = (placementId: string, version = 0, over: Partial<AgreementDraft> = {}): AgreementDraft => ({
  placementId,
  version,
  purpose: "Pröva lagerarbete och komma tillbaka till arbetslivet",
  goals: [
    { category: "WORK_EXPERIENCE", description: "Arbeta fyra timmar om dagen" },
    { category: "TRY_FIELD", description: "Pröva truck och plock" },
  ],
  tasks: "Plock och pack, inventering",
  schedule: "Måndag–torsdag 8–13",
  hoursPerWeek: 20,
  followUpPlan: "Första uppföljningen inom två veckor, sedan var fjärde vecka.",
  otherContacts: undefined,
  ...over,
});

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r.value;
}

const latestVersion = (placementId: string) => db.agreementVersion.findFirstOrThrow({ where: { placementId }, orderBy: { number: "desc" }, include: { approvals: true } });

/** Drafted, sent and approved by all three, in the order the issue names: the host, the participant's proxy, the officer. */
async function aBindingAgreement() {
  const { participant, placement } = await aPlannedPlacement();
  await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
  await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
  const v = await latestVersion(placement.id);
  await must(approveAgreementAsHost(world.host, { versionId: v.id }));
  await must(approveAgreementForParticipant(world.officer, { versionId: v.id, onBehalfReason: "IN_PERSON" }));
  await must(approveAgreementAsOfficer(world.officer, { versionId: v.id }));
  return { participant, placement, version: v };
}

describe("drafting and approving the agreement", () => {
  it("the officer drafts, the host and the participant's proxy approve, the officer approves last: binding and ready to start", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    let view = (await agreementForOfficer(world.officer, placement.id))!;
    expect(view.state.status).toBe("DRAFT");
    expect(view.latest).toMatchObject({ number: 1, startDate: "2026-03-16", endDate: "2026-06-30", hoursPerWeek: 20, sentOn: null });
    expect(view.latest!.periodRule).toContain("6 månader");
    expect(view.latest!.supervisorName).toBeTruthy();
    // A draft is the officer's: the host does not see it.
    expect(await agreementForHost(world.host, placement.id)).toBeNull();

    await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
    const v = await latestVersion(placement.id);
    expect(await approveAgreementAsOfficer(world.officer, { versionId: v.id })).toEqual({ ok: false, reason: "conflict", message: "Handläggaren godkänner sist. Först ska deltagaren och anordnaren godkänna." });

    await must(approveAgreementAsHost(world.host, { versionId: v.id }));
    view = (await agreementForOfficer(world.officer, placement.id))!;
    expect(view.state.status).toBe("WAITING");
    expect(view.approvalRefusals.OFFICER).toBe("Handläggaren godkänner sist. Först ska deltagaren godkänna.");

    await must(approveAgreementForParticipant(world.officer, { versionId: v.id, onBehalfReason: "NO_E_ID" }));
    await must(approveAgreementAsOfficer(world.officer, { versionId: v.id }));
    view = (await agreementForOfficer(world.officer, placement.id))!;
    expect(view.state).toMatchObject({ status: "READY", binding: 1, pending: null });
    const approvals = await db.agreementApproval.findMany({ where: { versionId: v.id }, orderBy: { approvedAt: "asc" } });
    expect(approvals.map((a) => [a.party, a.approvedById, a.onBehalfReason])).toEqual([
      ["HOST", world.host.id, null],
      ["PARTICIPANT", world.officer.id, "NO_E_ID"],
      ["OFFICER", world.officer.id, null],
    ]);
    const audits = await db.auditEvent.findMany({ where: { entity: "AgreementApproval", entityId: { in: approvals.map((a) => a.id) } } });
    expect(audits.map((a) => (a.changes as { party: string }).party).sort()).toEqual(["HOST", "OFFICER", "PARTICIPANT"]);
    const host = (await agreementForHost(world.host, placement.id))!;
    expect(host.state.status).toBe("READY");
    expect(host.participant.personalNumber).toBeNull();
  });

  it("counts a double submit as one approval", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
    const v = await latestVersion(placement.id);
    const both = await Promise.all([approveAgreementAsHost(world.host, { versionId: v.id }), approveAgreementAsHost(world.host, { versionId: v.id })]);
    expect(both.every((r) => r.ok)).toBe(true);
    expect(await db.agreementApproval.count({ where: { versionId: v.id } })).toBe(1);
    const approval = await db.agreementApproval.findFirstOrThrow({ where: { versionId: v.id } });
    expect(await db.auditEvent.count({ where: { entity: "AgreementApproval", entityId: approval.id } })).toBe(1);
  });

  it("the placement takes the binding agreement's tasks and hours", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id, 0, { hoursPerWeek: 16, tasks: "Kassa och varuplock" })));
    await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
    const v = await latestVersion(placement.id);
    await must(approveAgreementAsHost(world.host, { versionId: v.id }));
    await must(approveAgreementForParticipant(world.officer, { versionId: v.id, onBehalfReason: "ON_PAPER" }));
    await must(approveAgreementAsOfficer(world.officer, { versionId: v.id }));
    expect(await db.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({ hoursPerWeek: 16, tasks: "Kassa och varuplock" });
  });
});

describe("bad input and stale forms", () => {
  it("refuses a stale draft and saves nothing", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    expect(await saveAgreementDraft(world.officer, draftInput(placement.id, 0, { purpose: "Någon annans text" }))).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    await must(saveAgreementDraft(world.officer, draftInput(placement.id, 1, { purpose: "Ny text" })));
    expect(await saveAgreementDraft(world.officer, draftInput(placement.id, 1))).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    expect(await db.agreementVersion.findMany({ where: { placementId: placement.id } })).toMatchObject([{ number: 1, version: 2, purpose: "Ny text" }]);
  });

  it("says in Swedish at the row which goal is half filled in, and that one goal is needed", () => {
    const base = { placementId: crypto.randomUUID(), version: "0", purpose: "Syfte", tasks: "Plock", schedule: "Mån–fre", hoursPerWeek: "20", followUpPlan: "Var fjärde vecka" };
    const half = agreementDraft.safeParse({ ...base, goals: [{ description: "Utan kategori" }, undefined] });
    expect(half.success).toBe(false);
    expect(half.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["goals.0.category", GOAL_CATEGORY_MISSING]]);
    const none = agreementDraft.safeParse({ ...base });
    expect(none.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["goals.0.description", NO_GOALS]]);
  });

  it("keeps a sent version as it was: the database refuses to change its text's period", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
    const v = await latestVersion(placement.id);
    await expect(db.agreementVersion.update({ where: { id: v.id }, data: { hoursPerWeek: 40 } })).rejects.toThrow();
    await expect(db.agreementApproval.deleteMany({ where: { placementId: placement.id } })).resolves.toEqual({ count: 0 });
  });
});

describe("scope", () => {
  it("answers not found to another unit's officer and another provider's host, and to a coordinator", async () => {
    const { placement, version } = await aBindingAgreement();
    expect(await agreementForOfficer(world.otherUnitsOfficer, placement.id)).toBeNull();
    expect(await agreementForHost(world.otherHost, placement.id)).toBeNull();
    expect(await agreementForOfficer(world.coordinator as SessionUser, placement.id)).toBeNull();
    expect(await saveAgreementDraft(world.otherUnitsOfficer, draftInput(placement.id))).toEqual({ ok: false, reason: "not-found" });
    expect(await approveAgreementAsHost(world.otherHost, { versionId: version.id })).toEqual({ ok: false, reason: "not-found" });
    expect(await approveAgreementForParticipant(world.otherUnitsOfficer, { versionId: version.id, onBehalfReason: "NO_E_ID" })).toEqual({ ok: false, reason: "not-found" });
    expect(await approveAgreementAsHost(world.host, { versionId: crypto.randomUUID() })).toEqual({ ok: false, reason: "not-found" });
  });

  it("audits every read with the participant", async () => {
    const { participant, placement } = await aBindingAgreement();
    await agreementForOfficer(world.officer, placement.id);
    await agreementForHost(world.host, placement.id, "agreement-pdf");
    const reads = await db.auditEvent.findMany({ where: { entity: "Participant", entityId: participant.id, action: "READ" } });
    expect(reads.map((r) => [(r.changes as { view: string }).view, r.actorId])).toEqual(
      expect.arrayContaining([
        ["agreement", world.officer.id],
        ["agreement-pdf", world.host.id],
      ]),
    );
  });
});

describe("versions after approval", () => {
  it("a targeted change keeps all but its own fields, and asks the parties again", async () => {
    const { placement } = await aBindingAgreement();
    setToday("2026-03-20");
    try {
      const change = draftInput(placement.id, 0, { purpose: "Sikta på anställning", tasks: "Ignoreras: inte en del av ändringen", changeKind: "GOALS", changeReason: "Nytt mål efter första månaden", effectiveFrom: "2026-03-23", goals: [{ category: "JOB_HERE", description: "Anställning efter perioden" }], hoursPerWeek: 40 });
      expect(await saveAgreementDraft(world.officer, { ...change, changeKind: undefined, changeReason: undefined })).toMatchObject({ ok: false, reason: "invalid" });
      await must(saveAgreementDraft(world.officer, change));
      await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
      const v2 = await latestVersion(placement.id);
      // Only the purpose and goals changed; the tasks and hours stay as the parties agreed.
      expect(v2).toMatchObject({ number: 2, changeKind: "GOALS", purpose: "Sikta på anställning", tasks: "Plock och pack, inventering", hoursPerWeek: 20, goals: [{ category: "JOB_HERE", description: "Anställning efter perioden" }] });
      const view = (await agreementForOfficer(world.officer, placement.id))!;
      expect(view.state).toMatchObject({ status: "ONGOING", binding: 1, pending: 2 });
      expect(view.history.map((h) => h.number)).toEqual([2, 1]);
      expect(view.approvalRefusals.OFFICER).toContain("Först ska deltagaren och anordnaren godkänna");
    } finally {
      setToday(TODAY);
    }
  });

  it("a contact change is binding on the officer's approval alone", async () => {
    const { placement } = await aBindingAgreement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id, 0, { changeKind: "CONTACTS", changeReason: "Ny kontaktperson", effectiveFrom: "2026-03-16", otherContacts: "Gode man: 070-111 22 33" })));
    await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
    const v2 = await latestVersion(placement.id);
    expect(await approveAgreementAsHost(world.host, { versionId: v2.id })).toEqual({ ok: false, reason: "conflict", message: "Den här ändringen behöver inte godkännas av er." });
    await must(approveAgreementAsOfficer(world.officer, { versionId: v2.id }));
    expect((await agreementForOfficer(world.officer, placement.id))!.state).toMatchObject({ binding: 2, pending: null });
  });

  it("an extension through the placement's own form writes a new version sent for approval, with the new end", async () => {
    const { placement } = await aBindingAgreement();
    const { version } = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    await must(extendPlacement(world.officer, { placementId: placement.id, version, newPlannedEndDate: "2026-08-31", reason: "Behöver mer tid" }));
    const v2 = await latestVersion(placement.id);
    expect(v2).toMatchObject({ number: 2, changeKind: "EXTEND", changeReason: "Behöver mer tid", approvals: [] });
    expect(v2.endDate.toISOString().slice(0, 10)).toBe("2026-08-31");
    expect(v2.sentOn?.toISOString().slice(0, 10)).toBe(TODAY);
    const host = (await agreementForHost(world.host, placement.id))!;
    expect(host.state).toMatchObject({ status: "READY", binding: 1, pending: 2 });
    expect(host.approvalRefusals.HOST).toBeNull();
  });

  it("an extension of a placement whose agreement is a draft moves the draft's end, without a new version", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    const { version } = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
    await must(extendPlacement(world.officer, { placementId: placement.id, version, newPlannedEndDate: "2026-07-31" }));
    const versions = await db.agreementVersion.findMany({ where: { placementId: placement.id } });
    expect(versions.map((v) => [v.number, v.endDate.toISOString().slice(0, 10), v.sentOn])).toEqual([[1, "2026-07-31", null]]);
  });
});

/** The notices of `kind` about the placement after the daily generation on `day` (they stay until read). */
async function noticesOn(day: string, placementId: string, kind: "AGREEMENT_WAITING" | "AGREEMENT_EXPIRING") {
  await generateNotices(db, day);
  const notices = await db.notice.findMany({ where: { placementId, kind }, select: { userId: true, dueOn: true, dedupeKey: true } });
  return notices.map((n) => ({ userId: n.userId, dueOn: n.dueOn?.toISOString().slice(0, 10) ?? null, key: n.dedupeKey }));
}

const byUser = (ids: string[]) => [...ids].sort();

describe("expiry", () => {
  it("expires 30 days after it was sent, refuses approvals then, and warns the host and the officer a week and a day before", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
    const v = await latestVersion(placement.id);
    expect(await noticesOn("2026-03-23", placement.id, "AGREEMENT_EXPIRING")).toEqual([]);
    const week = await noticesOn("2026-03-25", placement.id, "AGREEMENT_EXPIRING");
    expect(byUser(week.map((n) => n.userId))).toEqual(byUser([world.host.id, world.officer.id]));
    expect(week.every((n) => n.dueOn === "2026-04-01" && n.key.endsWith(":2026-03-25"))).toBe(true);
    expect((await noticesOn("2026-03-31", placement.id, "AGREEMENT_EXPIRING")).filter((n) => n.key.endsWith(":2026-03-31"))).toHaveLength(2);
    setToday("2026-03-31");
    try {
      expect((await agreementForHost(world.host, placement.id))!.warning).toContain("i morgon (2026-04-01)");
      setToday("2026-04-01");
      expect((await agreementForOfficer(world.officer, placement.id))!.state.status).toBe("EXPIRED");
      expect(await approveAgreementAsHost(world.host, { versionId: v.id })).toMatchObject({ ok: false, reason: "conflict", message: expect.stringContaining("gick ut 2026-04-01") });
    } finally {
      setToday(TODAY);
    }
  });

  it("warns nobody about an approved agreement", async () => {
    const { placement } = await aBindingAgreement();
    expect(await noticesOn("2026-03-25", placement.id, "AGREEMENT_EXPIRING")).toEqual([]);
  });
});

describe("notices of an agreement waiting for approval", () => {
  it("go to the host and the officer once it is sent, to nobody for a draft or a binding agreement", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    expect(await noticesOn(TODAY, placement.id, "AGREEMENT_WAITING")).toEqual([]);
    await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
    const waiting = await noticesOn(TODAY, placement.id, "AGREEMENT_WAITING");
    expect(byUser(waiting.map((n) => n.userId))).toEqual(byUser([world.host.id, world.officer.id]));
    expect(await noticesOn(TODAY, placement.id, "AGREEMENT_WAITING")).toHaveLength(2);
    const binding = await aBindingAgreement();
    expect(await noticesOn(TODAY, binding.placement.id, "AGREEMENT_WAITING")).toEqual([]);
  });

  it("no longer reach the host once the host has approved, while the officer still has the participant's part", async () => {
    const { placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    await must(sendAgreement(world.officer, { placementId: placement.id, version: 1 }));
    const v = await latestVersion(placement.id);
    await must(approveAgreementAsHost(world.host, { versionId: v.id }));
    expect((await noticesOn(TODAY, placement.id, "AGREEMENT_WAITING")).map((n) => n.userId)).toEqual([world.officer.id]);
  });
});

describe("consent", () => {
  it("a withdrawn consent stops sending and approving", async () => {
    const { participant, placement } = await aPlannedPlacement();
    await must(saveAgreementDraft(world.officer, draftInput(placement.id)));
    await db.participant.update({ where: { id: participant.id }, data: { consentDate: new Date("2026-01-01T00:00:00Z"), consentWithdrawnOn: new Date("2026-03-01T00:00:00Z") } });
    expect(await sendAgreement(world.officer, { placementId: placement.id, version: 1 })).toMatchObject({ ok: false, reason: "conflict", message: expect.stringContaining("återkallade sitt samtycke") });
    expect(await db.agreementVersion.count({ where: { placementId: placement.id, sentOn: { not: null } } })).toBe(0);
  });
});
