import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/server/audit";
import { exportAuditLog, searchAuditLog, stockholmMidnight } from "@/lib/server/audit-search";
import { auditLogCsv } from "@/lib/server/audit-log-csv";
import { ForbiddenError } from "@/lib/server/authz";
import { withdrawConsent } from "@/lib/server/data-protection/consent";
import { updateParticipant } from "@/lib/server/participants";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { AUDIT_PAGE_SIZE, parseAuditFilter } from "@/lib/validation/audit-filter";
import { participantUpdate } from "@/lib/validation/participant";
import { createParticipant, createPlacement, createProtectedParticipant, createProvider, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Actor = Awaited<ReturnType<typeof createUser>>;
let admin: Actor;
let officer: Actor;
let participant: Awaited<ReturnType<typeof createParticipant>>;
let placementId: string;

const search = (query: Record<string, string>) => searchAuditLog(admin, parseAuditFilter(query).filter);

beforeAll(async () => {
  const unit = await createUnit(db);
  admin = await createUser(db, { role: "ADMIN" });
  officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  participant = await createParticipant(db, { unitId: unit.id });
  placementId = (await createPlacement(db, { participantId: participant.id, providerId: (await createProvider(db)).id })).id;
  const event = (data: { action: "READ" | "UPDATE" | "CREATE"; entity: string; entityId: string; at: string }) =>
    db.auditEvent.create({ data: { actorId: officer.id, actorRole: "HANDLAGGARE", ...data, at: new Date(data.at) } });
  await event({ action: "READ", entity: "Participant", entityId: participant.id, at: "2026-03-01T10:00:00Z" });
  await event({ action: "UPDATE", entity: "Placement", entityId: placementId, at: "2026-03-02T10:00:00Z" });
  // 23:30 UTC on 31 March is 1 April in Sweden (summer time, UTC+2).
  await event({ action: "READ", entity: "Participant", entityId: participant.id, at: "2026-03-31T23:30:00Z" });
  await event({ action: "CREATE", entity: "Provider", entityId: "00000000-0000-4000-8000-000000000001", at: "2026-03-03T10:00:00Z" });
});

describe("the audit log search", () => {
  it("finds a participant's events by case number or id, also those about their placements, and names them by case number", async () => {
    const byCase = await search({ deltagare: String(participant.caseNumber) });
    expect(byCase.events.map((e) => [e.action, e.entity])).toEqual([
      ["READ", "Participant"],
      ["UPDATE", "Placement"],
      ["READ", "Participant"],
    ]);
    expect(byCase.events[0]!.caseNumber).toBe(participant.caseNumber);
    expect((await search({ deltagare: participant.id, anvandare: officer.id })).total).toBe(3);
    expect((await search({ deltagare: "999999999" })).total).toBe(0);
  });

  it("filters by user (e-mail or id), by action, and by Swedish calendar days", async () => {
    expect((await search({ anvandare: officer.email.toUpperCase() })).total).toBe(4);
    expect((await search({ anvandare: officer.id, handelse: "READ" })).total).toBe(2);
    expect((await search({ anvandare: "ingen@test.example" })).total).toBe(0);
    const march = await search({ anvandare: officer.id, fran: "2026-03-02", till: "2026-03-31" });
    expect(march.events.map((e) => e.entity)).toEqual(["Provider", "Placement"]);
    expect((await search({ anvandare: officer.id, fran: "2026-04-01", till: "2026-04-01" })).total).toBe(1);
  });

  it("pages in the database, newest first, and a page past the end shows the last", async () => {
    const busy = await createUser(db, { role: "KOORDINATOR" });
    await db.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({ actorId: busy.id, actorRole: "KOORDINATOR" as const, action: "READ" as const, entity: "Page", entityId: `/sida/${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, i)) })),
    });
    const first = await search({ anvandare: busy.id });
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]!.entityId).toBe(`/sida/${AUDIT_PAGE_SIZE + 4}`);
    const second = await search({ anvandare: busy.id, sida: "9" });
    expect(second.page).toBe(2);
    expect(second.events.map((e) => e.entityId)).toEqual(["/sida/4", "/sida/3", "/sida/2", "/sida/1", "/sida/0"]);
  });

  it("logs every search, and a search for a participant as a read of that participant", async () => {
    await search({ deltagare: String(participant.caseNumber), handelse: "READ" });
    const logged = await db.auditEvent.findFirstOrThrow({ where: { actorId: admin.id, entity: "AuditEvent", action: "READ" }, orderBy: { id: "desc" } });
    expect(logged.changes).toMatchObject({ view: "admin-audit-log", filter: { participant: { caseNumber: participant.caseNumber }, action: "READ" } });
    expect(await db.auditEvent.count({ where: { actorId: admin.id, action: "READ", entity: "Participant", entityId: participant.id } })).toBeGreaterThan(0);
  });

  it("exports the same matches, logged as an export with the number of rows", async () => {
    const rows = await exportAuditLog(admin, parseAuditFilter({ deltagare: participant.id, anvandare: officer.email }).filter);
    expect(rows).toHaveLength(3);
    const exported = await db.auditEvent.findFirstOrThrow({ where: { actorId: admin.id, action: "EXPORT" }, orderBy: { id: "desc" } });
    expect(exported.changes).toMatchObject({ view: "admin-audit-log", rows: 3 });
  });

  it("is refused to everyone but an administrator", async () => {
    for (const role of ["HANDLAGGARE", "KOORDINATOR", "ANORDNARE"] as const) {
      const provider = role === "ANORDNARE" ? await createProvider(db) : null;
      const unit = role === "HANDLAGGARE" ? await createUnit(db) : null;
      const outsider = await createUser(db, { role, unitId: unit?.id ?? null, providerId: provider?.id ?? null });
      await expect(searchAuditLog(outsider, parseAuditFilter({}).filter)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportAuditLog(outsider, parseAuditFilter({}).filter)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.auditEvent.count({ where: { actorId: outsider.id } })).toBe(0);
    }
  });

  it("ignores what is not a filter of ours", () => {
    expect(parseAuditFilter({ handelse: "DROP TABLE", fran: "igår", sida: "-3", deltagare: "ärende 12" }).filter).toEqual({
      participant: { caseNumber: 12 },
      user: null,
      action: null,
      from: null,
      to: null,
      page: 1,
    });
  });

  it("takes a Swedish day from its midnight, in winter and in summer time", () => {
    expect(stockholmMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(stockholmMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
});

describe("what the log shows of a participant's records (review 2, finding 4)", () => {
  it("names the fields an officer changed, never their values: not a protected person's corrected surname, not a consent note", async () => {
    const unit = await createUnit(db);
    const holder = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    const person = await createProtectedParticipant(db, { unitId: unit.id, firstName: "Amira", lastName: "Haddad" });
    const correction = participantUpdate.parse({ participantId: person.id, version: person.version, firstName: "Amira", lastName: "Haddadson", gender: person.gender, municipalityCode: person.municipalityCode, programme: person.programme, protectedIdentity: true });
    expect((await updateParticipant(holder, correction)).ok).toBe(true);
    const note = "Ringde: mår psykiskt dåligt efter sjukskrivning, vill inte delta längre.";
    expect((await withdrawConsent(holder, { participantId: person.id, version: person.version + 1, withdrawnOn: "2026-03-01", note })).ok).toBe(true);
    await recordAudit(db, admin, { action: "UPDATE", entity: "User", entityId: holder.id, changes: { role: { before: "KOORDINATOR", after: "HANDLAGGARE" } } });

    const byParticipant = await search({ deltagare: String(person.caseNumber) });
    const byUser = await search({ anvandare: holder.email, handelse: "UPDATE" });
    const csv = auditLogCsv(await exportAuditLog(admin, parseAuditFilter({ anvandare: holder.email, handelse: "UPDATE" }).filter));
    const asText = (events: object[]) => JSON.stringify(events, (_, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    for (const shown of [asText(byParticipant.events), asText(byUser.events), csv]) {
      for (const secret of ["Haddad", "Amira", "psykiskt", note]) expect(shown).not.toContain(secret);
    }
    expect(byUser.events.map((e) => [e.caseNumber, e.changes])).toEqual([
      [person.caseNumber, { redactedFields: ["consentWithdrawalNote", "consentWithdrawnOn"] }],
      [person.caseNumber, { redactedFields: ["lastName"] }],
    ]);
    expect(csv).toContain("Fält: lastName (värden visas inte)");
    // An administrator's own events about users are not a participant's: their values stay readable.
    const roleChange = await search({ anvandare: admin.id, handelse: "UPDATE" });
    expect(roleChange.events.find((e) => e.entity === "User")?.changes).toEqual({ role: { before: "KOORDINATOR", after: "HANDLAGGARE" } });
  });
});

