import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/server/authz";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { providerLoad } from "@/lib/server/provider-load";
import { addSupervisor, getProvider, listProviders, registerProvider, updateProvider, updateSupervisor } from "@/lib/server/providers";
import { STALE_EDIT } from "@/lib/server/result";
import type { SessionUser } from "@/lib/server/session-user";
import { providerInput, providerUpdate, supervisorInput, supervisorUpdate } from "@/lib/validation/provider";
import { createParticipant, createPlacement, createUnit, createUser, testOrganisationNumber, wrongCheckDigit } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);

// "Today" for load and dates; the factories' placements run 2026-01-15 – 2026-07-14.
const TODAY = "2026-03-01";
const previousToday = process.env.STEGVIS_TODAY;
beforeAll(() => {
  process.env.STEGVIS_TODAY = TODAY;
});
afterAll(async () => {
  process.env.STEGVIS_TODAY = previousToday;
  await db.$disconnect();
});

/** What the registration form sends, as text, with the given fields changed. */
function form(overrides: Record<string, string | undefined> = {}) {
  return {
    organisationNumber: testOrganisationNumber(),
    name: `Verkstaden ${Math.random().toString(36).slice(2, 8)} AB`,
    kind: "EMPLOYER",
    fieldsOfWork: "Lager, Truck\nKök",
    municipalityCode: "0980",
    contactName: "Karin Berg",
    contactEmail: "karin@verkstaden.example",
    contactPhone: "0498-12 34 56",
    capacity: "3",
    interestReceivedOn: "2026-02-10",
    interestStatus: "RECEIVED",
    interestNotes: "Kan ta emot från april.",
    ...overrides,
  };
}

async function registered(officer: SessionUser, overrides: Record<string, string | undefined> = {}) {
  const result = await registerProvider(officer, providerInput.parse(form(overrides)));
  if (!result.ok) throw new Error(`registration refused: ${JSON.stringify(result)}`);
  return db.provider.findUniqueOrThrow({ where: { id: result.value.id } });
}

/** The update form for a provider as it is stored, with the given fields changed. */
async function editForm(providerId: string, overrides: Record<string, string | undefined> = {}) {
  const p = await db.provider.findUniqueOrThrow({ where: { id: providerId } });
  return providerUpdate.parse({
    ...form(),
    providerId: p.id,
    version: String(p.version),
    organisationNumber: p.organisationNumber,
    name: p.name,
    kind: p.kind,
    fieldsOfWork: p.fieldsOfWork.join("\n"),
    municipalityCode: p.municipalityCode,
    capacity: String(p.capacity),
    interestStatus: p.interestStatus,
    ...overrides,
  });
}

describe("the provider register", () => {
  let unit: { id: string };
  let officer: SessionUser;
  let colleague: SessionUser;
  let otherUnitOfficer: SessionUser;
  beforeAll(async () => {
    unit = await createUnit(db);
    const otherUnit = await createUnit(db);
    officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    colleague = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
    otherUnitOfficer = await createUser(db, { role: "HANDLAGGARE", unitId: otherUnit.id });
  });

  describe("registering", () => {
    it("stores the provider on the officer's unit, with its fields of work as a list and the number in the stored form", async () => {
      const digits = testOrganisationNumber().replace("-", "");
      const provider = await registered(officer, { organisationNumber: digits, fieldsOfWork: " Lager ,\n\nkök\nLager, Butik " });
      expect(provider).toMatchObject({
        organisationNumber: `${digits.slice(0, 6)}-${digits.slice(6)}`,
        unitId: unit.id,
        fieldsOfWork: ["Lager", "kök", "Butik"],
        capacity: 3,
        interestStatus: "RECEIVED",
        contactEmail: "karin@verkstaden.example",
        version: 1,
      });
      const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "Provider", entityId: provider.id } });
      expect(event).toMatchObject({ action: "CREATE", actorId: officer.id });
    });

    it("refuses an organisationsnummer with a wrong check digit at its field", () => {
      const parsed = providerInput.safeParse(form({ organisationNumber: wrongCheckDigit(testOrganisationNumber()) }));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["organisationNumber", expect.stringContaining("kontrollsiffran")]]);
    });

    it("refuses no fields of work, and more than twenty", () => {
      expect(providerInput.safeParse(form({ fieldsOfWork: " , \n " })).error?.issues[0]).toMatchObject({ path: ["fieldsOfWork"], message: "Fyll i minst ett arbetsområde." });
      const many = Array.from({ length: 21 }, (_, i) => `Område ${i}`).join(", ");
      expect(providerInput.safeParse(form({ fieldsOfWork: many })).error?.issues[0]).toMatchObject({ path: ["fieldsOfWork"] });
    });

    it("refuses a capacity outside 0–500", () => {
      expect(providerInput.safeParse(form({ capacity: "501" })).error?.issues[0]).toMatchObject({ path: ["capacity"] });
      expect(providerInput.safeParse(form({ capacity: "0" })).success).toBe(true);
    });

    it("refuses an organisationsnummer that is already registered, however it is typed, and names the provider", async () => {
      const first = await registered(officer, { name: "Bageriet i Visby AB" });
      const result = await registerProvider(colleague, providerInput.parse(form({ organisationNumber: first.organisationNumber.replace("-", "") })));
      expect(result).toEqual({ ok: false, reason: "invalid", errors: [{ field: "organisationNumber", message: expect.stringContaining("Bageriet i Visby AB") }] });
    });

    it("refuses an intresseanmälan dated after today", async () => {
      const result = await registerProvider(officer, providerInput.parse(form({ interestReceivedOn: "2026-03-02" })));
      expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "interestReceivedOn" }] });
    });
  });

  describe("editing", () => {
    it("saves the change and writes an audit event with what changed", async () => {
      const provider = await registered(officer);
      const result = await updateProvider(colleague, await editForm(provider.id, { capacity: "5", interestStatus: "APPROVED" }));
      expect(result).toEqual({ ok: true, value: { id: provider.id } });
      expect(await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).toMatchObject({ capacity: 5, interestStatus: "APPROVED", version: 2 });
      const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "Provider", entityId: provider.id, action: "UPDATE" } });
      expect(event.actorId).toBe(colleague.id);
      expect(event.changes).toEqual({ capacity: { before: 3, after: 5 }, interestStatus: { before: "RECEIVED", after: "APPROVED" } });
    });

    it("refuses a form opened before someone else saved: the stale version is a conflict and nothing is overwritten", async () => {
      const provider = await registered(officer);
      const mine = await editForm(provider.id, { capacity: "4" });
      const theirs = await editForm(provider.id, { capacity: "6" });
      expect((await updateProvider(colleague, theirs)).ok).toBe(true);
      expect(await updateProvider(officer, mine)).toEqual({ ok: false, reason: "conflict", message: STALE_EDIT });
      expect((await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).capacity).toBe(6);
    });

    it("refuses changing the number to another provider's", async () => {
      const [a, b] = [await registered(officer, { name: "Första AB" }), await registered(officer)];
      const result = await updateProvider(officer, await editForm(b.id, { organisationNumber: a.organisationNumber }));
      expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "organisationNumber", message: expect.stringContaining("Första AB") }] });
    });

    it("lets a case officer of another unit read the provider but not edit it or its supervisors", async () => {
      const provider = await registered(officer);
      const shown = await getProvider(otherUnitOfficer, provider.id);
      expect(shown).toMatchObject({ id: provider.id, canEdit: false });
      expect(await updateProvider(otherUnitOfficer, await editForm(provider.id, { capacity: "9" }))).toEqual({ ok: false, reason: "forbidden" });
      expect(await addSupervisor(otherUnitOfficer, supervisorInput.parse({ providerId: provider.id, name: "Nils", phone: "070-111 22 33" }))).toEqual({ ok: false, reason: "forbidden" });
      expect((await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).capacity).toBe(3);
      expect((await getProvider(colleague, provider.id))?.canEdit).toBe(true);
    });

    it("answers not found for a provider that does not exist", async () => {
      const provider = await registered(officer);
      const input = await editForm(provider.id);
      expect(await updateProvider(officer, { ...input, providerId: crypto.randomUUID() })).toEqual({ ok: false, reason: "not-found" });
      expect(await getProvider(officer, crypto.randomUUID())).toBeNull();
    });
  });

  it("refuses an anordnare and a koordinator everything in the register", async () => {
    const provider = await registered(officer);
    const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
    const coordinator = await createUser(db, { role: "KOORDINATOR", unitId: unit.id });
    for (const user of [host, coordinator]) {
      await expect(listProviders(user, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getProvider(user, provider.id)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await registerProvider(user, providerInput.parse(form()))).toEqual({ ok: false, reason: "forbidden" });
      expect(await updateProvider(user, await editForm(provider.id))).toEqual({ ok: false, reason: "forbidden" });
      expect(await addSupervisor(user, supervisorInput.parse({ providerId: provider.id, name: "Nils", phone: "070-111 22 33" }))).toEqual({ ok: false, reason: "forbidden" });
    }
  });

  describe("supervisors", () => {
    it("sent twice at once and once more is added once, with one event", async () => {
      const provider = await registered(officer);
      const input = () => supervisorInput.parse({ providerId: provider.id, name: "Greta Dubbel", phone: "070-999 88 77" });
      const results = [...(await Promise.all([addSupervisor(officer, input()), addSupervisor(officer, input())])), await addSupervisor(officer, input())];
      const saved = await db.supervisor.findMany({ where: { providerId: provider.id, name: "Greta Dubbel" } });
      expect(saved).toHaveLength(1);
      expect(results).toEqual(Array(3).fill({ ok: true, value: { providerId: provider.id, supervisorId: saved[0]!.id } }));
      expect(await db.auditEvent.count({ where: { entity: "Supervisor", entityId: saved[0]!.id, action: "CREATE" } })).toBe(1);
    });

    it("are added, corrected and made inactive by the registering unit, each change audited", async () => {
      const provider = await registered(officer);
      const added = await addSupervisor(officer, supervisorInput.parse({ providerId: provider.id, name: "Anna Lind", title: "Lagerchef", email: "anna@verkstaden.example" }));
      expect(added).toMatchObject({ ok: true, value: { providerId: provider.id } });
      const supervisorId = added.ok ? added.value.supervisorId : "";

      const updated = await updateSupervisor(colleague, supervisorUpdate.parse({ supervisorId, name: "Anna Lind", email: "anna@verkstaden.example", phone: "070-123 45 67" }));
      expect(updated).toEqual({ ok: true, value: { providerId: provider.id } });
      expect(await db.supervisor.findUniqueOrThrow({ where: { id: supervisorId } })).toMatchObject({ phone: "070-123 45 67", title: null, active: false });

      const events = await db.auditEvent.findMany({ where: { entity: "Supervisor", entityId: supervisorId }, orderBy: { id: "asc" } });
      expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
      expect(events[1]!.changes).toEqual({
        providerId: provider.id,
        title: { before: "Lagerchef", after: null },
        phone: { before: null, after: "070-123 45 67" },
        active: { before: true, after: false },
      });

      const shown = await getProvider(officer, provider.id);
      expect(shown?.supervisors.map((s) => [s.name, s.active])).toEqual([["Anna Lind", false]]);
    });

    it("must be reachable by e-mail or telephone", () => {
      const parsed = supervisorInput.safeParse({ providerId: crypto.randomUUID(), name: "Utan kontakt" });
      expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["email"], message: expect.stringContaining("e-postadress eller telefonnummer") })]);
    });

    it("of another unit's provider answer forbidden when edited", async () => {
      const provider = await registered(officer);
      const added = await addSupervisor(officer, supervisorInput.parse({ providerId: provider.id, name: "Per", phone: "0498-11 22 33" }));
      const supervisorId = added.ok ? added.value.supervisorId : "";
      expect(await updateSupervisor(otherUnitOfficer, supervisorUpdate.parse({ supervisorId, name: "Per Ändrad", phone: "0498-11 22 33", active: true }))).toEqual({ ok: false, reason: "forbidden" });
      expect((await db.supervisor.findUniqueOrThrow({ where: { id: supervisorId } })).name).toBe("Per");
    });
  });

  describe("load against capacity", () => {
    it("counts planned and ongoing placements, not cancelled, ended or past ones", async () => {
      const provider = await registered(officer, { capacity: "3" });
      const placeOne = async (status: "PLANNED" | "ACTIVE" | "ENDED") => {
        const participant = await createParticipant(db, { unitId: unit.id });
        return createPlacement(db, { participantId: participant.id, providerId: provider.id, status });
      };
      await placeOne("ACTIVE");
      await placeOne("PLANNED");
      const cancelled = await placeOne("ACTIVE");
      await db.placement.update({ where: { id: cancelled.id }, data: { status: "CANCELLED", endReason: "Registrerad av misstag" } });
      const ended = await placeOne("ENDED");
      await db.placement.update({ where: { id: ended.id }, data: { actualEndDate: new Date("2026-02-01T00:00:00Z"), endReasonCode: "STARTED_WORK" } });
      const past = await placeOne("ACTIVE");
      await db.placement.update({ where: { id: past.id }, data: { startDate: new Date("2025-06-01T00:00:00Z"), plannedEndDate: new Date("2026-02-28T00:00:00Z") } });

      expect((await providerLoad(db, [provider.id], TODAY)).get(provider.id)).toBe(2);
      expect(await getProvider(officer, provider.id)).toMatchObject({ load: 2, capacity: 3 });
      const listed = await listProviders(officer, { q: provider.name });
      expect(listed.providers.map((p) => [p.id, p.load, p.capacity])).toEqual([[provider.id, 2, 3]]);
    });
  });

  describe("the list", () => {
    it("finds a provider by part of its name or by its organisationsnummer typed with or without the dash", async () => {
      const provider = await registered(officer, { name: "Snickeriet Slite Ekonomisk förening" });
      expect((await listProviders(otherUnitOfficer, { q: "snickeriet slite" })).providers.map((p) => p.id)).toEqual([provider.id]);
      expect((await listProviders(otherUnitOfficer, { q: provider.organisationNumber })).providers.map((p) => p.id)).toEqual([provider.id]);
      expect((await listProviders(otherUnitOfficer, { q: provider.organisationNumber.replace("-", "") })).providers.map((p) => p.id)).toEqual([provider.id]);
    });

    it("searches for LIKE's wildcards as the characters they are", async () => {
      const mark = randomUUID().slice(0, 8);
      const provider = await registered(officer, { name: `Hundra%igt Kafé ${mark} AB` });
      expect((await listProviders(otherUnitOfficer, { q: `a%igt kafé ${mark}` })).providers.map((p) => p.id)).toEqual([provider.id]);
      expect((await listProviders(otherUnitOfficer, { q: `hundra_igt kafé ${mark}` })).providers).toEqual([]);
    });

    it("filters by interest status, kind and municipality, and pages on the server", async () => {
      const tag = `Filtertest${Math.random().toString(36).slice(2, 8)}`;
      for (let i = 0; i < 21; i++) await registered(officer, { name: `${tag} ${String(i).padStart(2, "0")}`, kind: i === 0 ? "ASF" : "EMPLOYER", interestStatus: i === 0 ? "APPROVED" : "RECEIVED", municipalityCode: i === 0 ? "0180" : "0980" });
      const first = await listProviders(officer, { q: tag });
      expect([first.total, first.page, first.pageCount, first.providers.length]).toEqual([21, 1, 2, 20]);
      const second = await listProviders(officer, { q: tag, sida: 2 });
      expect(second.providers.map((p) => p.name)).toEqual([`${tag} 20`]);
      expect((await listProviders(officer, { q: tag, sida: 99 })).page).toBe(2);
      for (const filter of [{ status: "APPROVED" as const }, { typ: "ASF" as const }, { kommun: "0180" }]) {
        expect((await listProviders(officer, { q: tag, ...filter })).providers.map((p) => p.name)).toEqual([`${tag} 00`]);
      }
    });
  });
});
