// The participant's rights (GDPR): register extract, access-log extract, consent withdrawal, retention.
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit";
import { today } from "@/lib/server/clock";
import { getAccessLog } from "@/lib/server/data-protection/access-log";
import { createProposal } from "../support/proposal-factories";
import { accessLogCsv } from "@/lib/server/data-protection/access-log-csv";
import { withdrawConsent } from "@/lib/server/data-protection/consent";
import { getRegisterExtract } from "@/lib/server/data-protection/register-extract";
import { runRetention } from "@/lib/server/data-protection/retention";
import { confirmRetention, previewRetention } from "@/lib/server/data-protection/retention-admin";
import { getParticipantCase } from "@/lib/server/participant-case";
import { updateParticipant } from "@/lib/server/participants";
import { registerPlacement } from "@/lib/server/placements/register-placement";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { STALE_EDIT } from "@/lib/server/result";
import { participantUpdate } from "@/lib/validation/participant";
import { auditCutoff, pruneAuditEvents } from "../../scripts/db/audit-retention";
import { createFullRecord } from "../support/data-protection-factories";
import { createParticipant, createProvider, createUnit, createUser } from "../support/factories";

const TODAY = "2026-03-10";
const db = createPrismaClient(process.env.DATABASE_URL!);
beforeAll(() => {
  process.env.STEGVIS_TODAY = TODAY;
});
afterAll(async () => {
  delete process.env.STEGVIS_TODAY;
  await db.$disconnect();
});

const eventsOf = (entityId: string, actorId: string) => db.auditEvent.findMany({ where: { entityId, actorId }, orderBy: { id: "asc" } });

describe("the register extract (art. 15)", () => {
  it("holds everything stored about the participant, the whole personnummer included, and nothing of anyone else", async () => {
    const mine = await createFullRecord(db, "MINE");
    const theirs = await createFullRecord(db, "THEIRS");
    const extract = await getRegisterExtract(mine.officer, mine.participant.id, "json");
    const text = JSON.stringify(extract);
    for (const part of ["FörnamnMINE", "Mål MINE", "Uppgifter MINE", "Slutorsak MINE", "Händelse MINE", "Uppföljning MINE", "Förmågor MINE", "Oro MINE", "Steg MINE", "Planmål MINE", "Kompetens MINE", "Stöd MINE", "Milstolpe MINE", "Utfall MINE", "Egen bild MINE", "Stämmer inte MINE"]) {
      expect(text, part).toContain(part);
    }
    expect(extract?.participant.personalNumber).toBe(`${mine.participant.personalIdentityNumber.slice(0, 8)}-${mine.participant.personalIdentityNumber.slice(8)}`);
    expect(text).not.toContain("THEIRS");
    expect(text).not.toContain(theirs.participant.personalIdentityNumber.slice(0, 8));
    expect(text).not.toMatch(/passwordHash|@test\.example/);
  });

  it("is audited: a read when shown, an export when downloaded", async () => {
    const { officer, participant } = await createFullRecord(db, "AUDIT");
    await getRegisterExtract(officer, participant.id, "page");
    await getRegisterExtract(officer, participant.id, "json");
    expect((await eventsOf(participant.id, officer.id)).map((e) => [e.action, e.changes])).toEqual([
      ["READ", { view: "register-extract", format: "page" }],
      ["EXPORT", { view: "register-extract", format: "json" }],
    ]);
  });

  it("is not found for an officer of another unit, a coordinator, or an id that does not exist; nothing logged", async () => {
    const { participant, unit } = await createFullRecord(db, "SCOPE");
    const outsider = await createUser(db, { role: "HANDLAGGARE", unitId: (await createUnit(db)).id });
    const coordinator = await createUser(db, { role: "KOORDINATOR", unitId: unit.id });
    expect(await getRegisterExtract(outsider, participant.id, "json")).toBeNull();
    expect(await getRegisterExtract(coordinator, participant.id, "page")).toBeNull();
    expect(await getRegisterExtract(outsider, randomUUID(), "page")).toBeNull();
    expect(await getAccessLog(outsider, participant.id, "page")).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: participant.id, actorId: { in: [outsider.id, coordinator.id] } } })).toBe(0);
  });
});

describe("the access-log extract", () => {
  it("says who read or changed the record, from which unit or workplace, when and what; nothing about others", async () => {
    const mine = await createFullRecord(db, "LOG");
    const theirs = await createFullRecord(db, "OTHERLOG");
    await getParticipantCase(mine.officer, mine.participant.id, { revealPersonalNumber: true });
    await recordAudit(db, mine.host, { action: "UPDATE", entity: "FollowUp", entityId: mine.followUp.id });
    await getParticipantCase(theirs.officer, theirs.participant.id);

    const log = await getAccessLog(mine.officer, mine.participant.id, "page");
    expect(log?.rows.map((r) => [r.who, r.role, r.organisation, r.description])).toEqual([
      [mine.officer.name, "Handläggare", mine.unit.name, "Öppnade deltagarens ärende"],
      [mine.officer.name, "Handläggare", mine.unit.name, "Visade hela personnumret"],
      [mine.host.name, "Anordnare", mine.provider.name, "Ändrade en uppföljning"],
    ]);
    expect(JSON.stringify(log)).not.toContain(theirs.officer.name);
  });

  it("shows the provider's proposal and the officer's answer to it", async () => {
    const mine = await createFullRecord(db, "PROPOSAL");
    const proposal = await createProposal(db, { placementId: mine.placement.id, authorId: mine.host.id, kind: "CHANGE_TERMS", tasks: "Fler pass" });
    await recordAudit(db, mine.host, { action: "CREATE", entity: "PlacementProposal", entityId: proposal.id });
    await recordAudit(db, mine.officer, { action: "UPDATE", entity: "PlacementProposal", entityId: proposal.id });

    const log = await getAccessLog(mine.officer, mine.participant.id, "page");
    expect(log?.rows.map((r) => [r.who, r.description])).toEqual([
      [mine.host.name, "Registrerade ett förslag från anordnaren"],
      [mine.officer.name, "Ändrade ett förslag från anordnaren"],
    ]);
  });

  it("is itself logged, and the next extract shows that", async () => {
    const { officer, participant } = await createFullRecord(db, "SELF");
    await getAccessLog(officer, participant.id, "page");
    const csv = await getAccessLog(officer, participant.id, "csv");
    expect(csv?.rows.map((r) => r.description)).toEqual(["Tog fram ett utdrag ur åtkomstloggen"]);
    expect((await eventsOf(participant.id, officer.id)).map((e) => e.action)).toEqual(["READ", "EXPORT"]);
  });

  it("as a file: one row per access under Swedish headings, a name that looks like a formula kept as text", async () => {
    const rows = [{ id: "1", at: new Date("2026-03-10T08:30:00Z"), who: "=HYPERLINK(\"x\")", role: "Handläggare", organisation: "Enhet Väst", description: "Öppnade deltagarens ärende" }];
    const parsed = parse(accessLogCsv(rows).replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
    expect(parsed).toEqual([
      ["Tidpunkt", "Vem", "Roll", "Enhet eller arbetsplats", "Vad"],
      ["2026-03-10 09:30", "'=HYPERLINK(\"x\")", "Handläggare", "Enhet Väst", "Öppnade deltagarens ärende"],
    ]);
  });
});

describe("correction and consent withdrawal", () => {
  it("a correction is logged with the values before and after", async () => {
    const { officer, participant } = await createFullRecord(db, "FIX");
    const input = participantUpdate.parse({
      participantId: participant.id,
      version: participant.version,
      firstName: "Rättad",
      lastName: participant.lastName,
      gender: participant.gender,
      municipalityCode: participant.municipalityCode,
      programme: "JOB",
      consentDate: "2026-02-01",
    });
    expect((await updateParticipant(officer, input)).ok).toBe(true);
    const [event] = await db.auditEvent.findMany({ where: { entityId: participant.id, action: "UPDATE" } });
    expect(event?.changes).toEqual({ firstName: { before: "FörnamnFIX", after: "Rättad" }, consentDate: { before: "2026-01-15", after: "2026-02-01" } });
  });

  it("records the day and a note, logs before and after, and then refuses new placements", async () => {
    const { officer, participant } = await createFullRecord(db, "CONSENT");
    const result = await withdrawConsent(officer, { participantId: participant.id, version: participant.version, withdrawnOn: "2026-03-09", note: "Ringde och återkallade" });
    expect(result).toEqual({ ok: true, value: { id: participant.id } });
    const after = await db.participant.findUniqueOrThrow({ where: { id: participant.id } });
    expect([after.consentWithdrawnOn?.toISOString().slice(0, 10), after.consentWithdrawalNote, after.version]).toEqual(["2026-03-09", "Ringde och återkallade", participant.version + 1]);
    const [event] = await db.auditEvent.findMany({ where: { entityId: participant.id, action: "UPDATE" } });
    expect(event?.changes).toEqual({
      consentWithdrawnOn: { before: null, after: "2026-03-09" },
      consentWithdrawalNote: { before: null, after: "Ringde och återkallade" },
    });

    const provider = await createProvider(db);
    const refused = await registerPlacement(officer, {
      participantId: participant.id,
      providerId: provider.id,
      programme: "JOB",
      kind: "ARBETSTRANING",
      mode: "ON_SITE",
      decisionDate: "2026-03-09",
      startDate: "2026-03-16",
      plannedEndDate: "2026-09-15",
      hoursPerWeek: 20,
      goals: "Fasta tider",
      tasks: "Plock",
      aioReason: "QUEUE",
      assessmentChoice: "NEW",
      assessmentDate: "2026-03-05",
      assessmentReasoning: "Behöver träna",
      assessmentConclusion: "Lämpligast",
      assessmentSuitable: true,
      lateRegistration: false,
    });
    expect(refused).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "", message: expect.stringMatching(/återkallade sitt samtycke 2026-03-09/) }] });
    expect(await db.placement.count({ where: { participantId: participant.id } })).toBe(1);
  });

  it("refuses a day after today and a stale form; out of scope is not found", async () => {
    const { officer, participant } = await createFullRecord(db, "CONSENT2");
    const outsider = await createUser(db, { role: "HANDLAGGARE", unitId: (await createUnit(db)).id });
    const input = { participantId: participant.id, version: participant.version, withdrawnOn: "2026-03-11" };
    expect(await withdrawConsent(officer, input)).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "withdrawnOn" }] });
    expect(await withdrawConsent(officer, { ...input, withdrawnOn: TODAY, version: participant.version + 5 })).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
    expect(await withdrawConsent(outsider, { ...input, withdrawnOn: TODAY })).toEqual({ ok: false, reason: "not-found" });
    expect((await db.participant.findUniqueOrThrow({ where: { id: participant.id } })).consentWithdrawnOn).toBeNull();
  });
});

describe("retention (gallring)", () => {
  const longAgo = new Date("2020-01-01T00:00:00Z");

  async function registeredLongAgo(tag: string, dates: { start: string; end: string }) {
    const record = await createFullRecord(db, tag, dates);
    await db.participant.update({ where: { id: record.participant.id }, data: { createdAt: longAgo } });
    return record;
  }

  it("a dry run lists who would go and changes nothing; the real run anonymises them and keeps the rows; both audited", async () => {
    const old = await registeredLongAgo("OLD", { start: "2022-01-10", end: "2022-06-30" });
    const recent = await registeredLongAgo("RECENT", { start: "2025-01-10", end: "2025-06-30" });
    const running = await registeredLongAgo("RUNNING", { start: "2022-01-10", end: "2022-06-30" });
    await db.placement.update({ where: { id: running.placement.id }, data: { status: "ACTIVE", actualEndDate: null } });
    const never = await createParticipant(db, { unitId: old.unit.id });
    await db.participant.update({ where: { id: never.id }, data: { createdAt: longAgo } });
    const mine = [old.participant.id, recent.participant.id, running.participant.id, never.id];
    const listed = (ids: { id: string }[]) => ids.map((p) => p.id).filter((id) => mine.includes(id)).sort();

    const dry = await runRetention(db, { today: today(), years: 2, dryRun: true, operator: "test" });
    expect(dry.cutoff).toBe("2024-03-10");
    expect(listed(dry.participants)).toEqual([old.participant.id, never.id].sort());
    expect(await db.participant.findUniqueOrThrow({ where: { id: old.participant.id } })).toMatchObject({ firstName: "FörnamnOLD", anonymisedAt: null });

    const real = await runRetention(db, { today: today(), years: 2, dryRun: false, operator: "test" });
    expect(listed(real.participants)).toEqual(listed(dry.participants));
    const gone = await db.participant.findUniqueOrThrow({ where: { id: old.participant.id } });
    expect(gone).toMatchObject({ firstName: "Anonymiserad", lastName: "deltagare", personalIdentityNumber: `00${String(gone.caseNumber).padStart(10, "0")}`, gender: old.participant.gender, programme: "JOB" });
    expect(gone.anonymisedAt).not.toBeNull();
    const extract = await db.participant.findUniqueOrThrow({
      where: { id: old.participant.id },
      include: { placements: { include: { followUps: true, events: true } }, actionPlan: true, milestones: true, outcomes: true, stageAssessments: true, assessments: true },
    });
    expect(JSON.stringify(extract)).not.toContain("OLD");
    expect(extract.placements).toHaveLength(1);
    expect(extract.placements[0]!.followUps).toHaveLength(1);
    expect(await db.participant.findUniqueOrThrow({ where: { id: recent.participant.id } })).toMatchObject({ firstName: "FörnamnRECENT", anonymisedAt: null });
    expect(await getParticipantCase(old.officer, old.participant.id)).toBeNull();

    const runs = await db.auditEvent.findMany({ where: { entity: "Retention" }, orderBy: { id: "desc" }, take: 2 });
    expect(runs.map((e) => [e.action, (e.changes as { dryRun: boolean }).dryRun])).toEqual([["UPDATE", false], ["READ", true]]);
    expect(await db.auditEvent.count({ where: { entity: "Participant", entityId: old.participant.id, action: "UPDATE", changes: { path: ["anonymised"], equals: true } } })).toBe(1);
  });
});

describe("retention run by an admin", () => {
  it("shows today's list to an admin only, and runs it as that admin once confirmed for the same cut-off", async () => {
    const record = await createFullRecord(db, "ADMINRUN", { start: "2022-01-10", end: "2022-06-30" });
    await db.participant.update({ where: { id: record.participant.id }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });
    const admin = await createUser(db, { role: "ADMIN" });

    expect(await previewRetention(record.officer)).toBeNull();
    expect(await confirmRetention(record.officer, { cutoff: "2024-03-10", confirmed: "on" })).toEqual({ ok: false, reason: "forbidden" });
    const preview = await previewRetention(admin);
    expect(preview?.participants.map((p) => p.id)).toContain(record.participant.id);
    expect(await confirmRetention(admin, { cutoff: "2024-03-09", confirmed: "on" })).toMatchObject({ ok: false, reason: "conflict" });
    expect((await db.participant.findUniqueOrThrow({ where: { id: record.participant.id } })).anonymisedAt).toBeNull();

    const done = await confirmRetention(admin, { cutoff: preview!.cutoff, confirmed: "on" });
    expect(done.ok).toBe(true);
    expect((await db.participant.findUniqueOrThrow({ where: { id: record.participant.id } })).anonymisedAt).not.toBeNull();
    const byAdmin = await db.auditEvent.findMany({ where: { entity: "Retention", actorId: admin.id }, orderBy: { id: "asc" } });
    expect(byAdmin.map((e) => e.action)).toEqual(["READ", "UPDATE"]);
    expect(await db.auditEvent.count({ where: { entityId: record.participant.id, actorId: admin.id, action: "UPDATE" } })).toBe(1);
  });
});

describe("the audit log's own retention", () => {
  it("old events go through the owner only, after five years; the prune is logged and the trigger stays", async () => {
    const old = await db.auditEvent.create({ data: { action: "READ", entity: "Gallringstest", at: new Date("2019-01-01T00:00:00Z") } });
    const kept = await db.auditEvent.create({ data: { action: "READ", entity: "Gallringstest", at: new Date("2023-01-01T00:00:00Z") } });
    const before = auditCutoff(new Date("2026-03-10T00:00:00Z"), 5);
    expect(() => auditCutoff(new Date(), 4)).toThrow(/minst 5 år/);

    const ownerIsApp = process.env.DATABASE_URL === process.env.DATABASE_OWNER_URL;
    if (!ownerIsApp) {
      // The app's role: neither the trigger nor the rows are its to touch.
      await expect(pruneAuditEvents(process.env.DATABASE_URL!, { before, dryRun: false, operator: "app" })).rejects.toMatchObject({ code: "42501" });
      expect(await db.auditEvent.count({ where: { id: old.id } })).toBe(1);
    }
    expect(await pruneAuditEvents(process.env.DATABASE_OWNER_URL!, { before, dryRun: true, operator: "test" })).toMatchObject({ count: expect.any(Number), dryRun: true });
    expect(await db.auditEvent.count({ where: { id: old.id } })).toBe(1);

    const pruned = await pruneAuditEvents(process.env.DATABASE_OWNER_URL!, { before, dryRun: false, operator: "test" });
    expect(pruned.count).toBeGreaterThanOrEqual(1);
    expect(await db.auditEvent.count({ where: { id: { in: [old.id, kept.id] } } })).toBe(1);
    const [logged] = await db.auditEvent.findMany({ where: { entity: "AuditEvent", action: "DELETE" }, orderBy: { id: "desc" }, take: 1 });
    expect(logged?.changes).toMatchObject({ prune: true, count: pruned.count, before: before.toISOString() });

    const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await owner.connect();
    try {
      await expect(owner.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [kept.id])).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});
