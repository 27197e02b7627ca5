// Security review 2, finding 1: retention (gallring) leaves nothing that names the participant or
// describes their health, in their records or in the audit log; the log keeps who, what and when.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactChanges } from "@/lib/domain/audit-redaction";
import { recordAudit } from "@/lib/server/audit";
import { auditLogCsv } from "@/lib/server/audit-log-csv";
import { exportAuditLog } from "@/lib/server/audit-search";
import { withdrawConsent } from "@/lib/server/data-protection/consent";
import { PERSONAL_DATA, PARTICIPANT_RECORD_MODELS } from "@/lib/server/data-protection/personal-data";
import { runRetention } from "@/lib/server/data-protection/retention";
import { writeOwnView } from "@/lib/server/participant-statements";
import { updateParticipant } from "@/lib/server/participants";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { answerProposal } from "@/lib/server/proposals/answer-proposal";
import { makeProposal } from "@/lib/server/proposals/make-proposal";
import { parseAuditFilter } from "@/lib/validation/audit-filter";
import { participantUpdate } from "@/lib/validation/participant";
import { createFullRecord } from "../support/data-protection-factories";
import { createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
beforeAll(() => owner.connect());
afterAll(async () => {
  delete process.env.STEGVIS_TODAY;
  await Promise.all([db.$disconnect(), owner.end()]);
});

/** The run that takes a record whose last placement ended in 2022: today 2026-03-10, two years. */
const gallring = (actor?: { id: string; role: "ADMIN" }) => runRetention(db, { today: "2026-03-10", years: 2, dryRun: false, operator: "test", actor });

/** A participant registered long ago whose every record carries `tag`, with a placement in the first half of 2022. */
async function recordDueForGallring(tag: string) {
  const record = await createFullRecord(db, tag, { start: "2022-01-10", end: "2022-06-30" });
  await db.participant.update({ where: { id: record.participant.id }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });
  return record;
}

/** Every table, as text, row by row: the rows in which any of `texts` still appears. */
async function rowsAnywhereHolding(texts: string[]): Promise<string[]> {
  const { rows: tables } = await owner.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
  const found: string[] = [];
  for (const { name } of tables) {
    const { rows } = await owner.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${name}" t WHERE ${texts.map((_, i) => `strpos(row_to_json(t)::text, $${i + 1}) > 0`).join(" OR ")}`, texts);
    found.push(...rows.map((r) => `${name}: ${r.row}`));
  }
  return found;
}

describe("the list of personal columns", () => {
  it("is the list of tables whose audit events gallring redacts, each reached the same way (AuditRedactionSource)", async () => {
    const { rows } = await owner.query<{ entity: string; reach: string }>(`SELECT entity, reach FROM "AuditRedactionSource" ORDER BY entity COLLATE "C"`);
    const listed = Object.entries(PERSONAL_DATA).map(([entity, { reach }]) => ({ entity, reach }));
    expect(rows).toEqual(listed.sort((a, b) => (a.entity < b.entity ? -1 : 1)));
  });

  it("covers every text and JSON column of every table that belongs to a participant, and names no column that is gone", async () => {
    // The tables that hold a foreign key to the participant, or to a table that does, all the way down.
    const { rows } = await owner.query<{ table: string; column: string | null }>(`
      WITH RECURSIVE belonging(oid) AS (
        SELECT 'public."Participant"'::regclass::oid
        UNION
        SELECT c.conrelid FROM pg_constraint c JOIN belonging b ON c.confrelid = b.oid WHERE c.contype = 'f'
        -- A participant's own login is an account (User.participantId) with placeholders for name and address, and what
        -- refers to accounts is what people do (sessions, codes, the log), not the participant's record: not followed.
           AND c.conrelid <> 'public."User"'::regclass
      )
      SELECT cl.relname AS table, a.attname AS column
        FROM belonging b JOIN pg_class cl ON cl.oid = b.oid
        LEFT JOIN pg_attribute a ON a.attrelid = b.oid AND a.attnum > 0 AND NOT a.attisdropped
         AND format_type(a.atttypid, a.atttypmod) ~ '^(text|character|json)'`);
    const tables = [...new Set(rows.map((r) => r.table))].sort();
    expect(tables, "a table that belongs to a participant is missing from PERSONAL_DATA").toEqual([...PARTICIPANT_RECORD_MODELS].sort());

    const listed = (table: string) => {
      const model: { personal: object; notPersonal?: object } = PERSONAL_DATA[table as keyof typeof PERSONAL_DATA];
      return [...Object.keys(model.personal), ...Object.keys(model.notPersonal ?? {})];
    };
    const uncovered = rows.filter((r) => r.column && !listed(r.table).includes(r.column)).map((r) => `${r.table}.${r.column}`);
    expect(uncovered, "text or JSON columns neither cleared by gallring nor said to be not personal").toEqual([]);

    const { rows: existing } = await owner.query<{ column: string }>(
      `SELECT c.relname || '.' || a.attname AS column FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped`,
    );
    const columns = new Set(existing.map((r) => r.column));
    const stale = PARTICIPANT_RECORD_MODELS.flatMap((table) => listed(table).map((column) => `${table}.${column}`)).filter((c) => !columns.has(c));
    expect(stale, "columns in PERSONAL_DATA that the database no longer has").toEqual([]);
  });
});

describe("gallring", () => {
  it("leaves nothing of a corrected surname, a consent note, a follow-up's absence reason and ability note, a proposal and its answer, or the participant's own view, anywhere in the database", async () => {
    const tag = randomUUID().slice(0, 8);
    const secrets = {
      oldSurname: `Jönsson${tag}`,
      newSurname: `Jönsson-Berg${tag}`,
      consentNote: `Ringde: mår psykiskt dåligt efter sjukskrivning ${tag}`,
      absenceReason: `Sjuk några dagar ${tag}`,
      stageReason: `Orkar mer nu ${tag}`,
      abilityNote: `Kommer sent pga sömnmedicin ${tag}`,
      justification: `Deltagaren har fått en depressionsdiagnos ${tag}`,
      answer: `Vi väntar på läkarintyget ${tag}`,
      ownView: `Medicinen gör mig trött på morgonen ${tag}`,
    };
    const record = await recordDueForGallring(`R${tag}`);
    const { officer, host, placement } = record;
    await db.participant.update({ where: { id: record.participant.id }, data: { lastName: secrets.oldSurname } });
    await db.placement.update({ where: { id: placement.id }, data: { status: "ACTIVE", actualEndDate: null } });

    // What the officer and the provider write while the placement runs, through the same services as the forms.
    process.env.STEGVIS_TODAY = "2022-03-10";
    const before = await db.participant.findUniqueOrThrow({ where: { id: record.participant.id } });
    const corrected = participantUpdate.parse({
      participantId: before.id,
      version: before.version,
      firstName: before.firstName,
      lastName: secrets.newSurname,
      gender: before.gender,
      municipalityCode: before.municipalityCode,
      programme: before.programme,
      consentDate: "2022-01-10",
    });
    expect((await updateParticipant(officer, corrected)).ok).toBe(true);
    expect((await withdrawConsent(officer, { participantId: before.id, version: before.version + 1, withdrawnOn: "2022-03-09", note: secrets.consentNote })).ok).toBe(true);
    await db.followUp.update({
      where: { id: record.followUp.id },
      data: {
        absenceReason: secrets.absenceReason,
        proposedStage: "NASTAN_FRAMME",
        proposedStageReason: secrets.stageReason,
        abilityRatings: [
          { area: "Passa tider", rating: 2, note: secrets.abilityNote },
          { area: `Truckkort ${tag}`, rating: 3, note: null },
        ],
      },
    });
    const proposal = await makeProposal(host, { placementId: placement.id, kind: "END_EARLY", newEndDate: "2022-03-31", reasonCode: "ILLNESS", justification: secrets.justification });
    expect(proposal.ok).toBe(true);
    const proposalId = proposal.ok ? proposal.value.id : "";
    const placementVersion = (await db.placement.findUniqueOrThrow({ where: { id: placement.id } })).version;
    expect((await answerProposal(officer, { proposalId, version: 1, placementVersion, decision: "REJECT", answerReason: secrets.answer })).ok).toBe(true);
    expect((await writeOwnView(record.login, { placementId: placement.id, text: secrets.ownView })).ok).toBe(true);
    await db.placement.update({ where: { id: placement.id }, data: { status: "ENDED", actualEndDate: new Date("2022-06-30T00:00:00Z") } });
    process.env.STEGVIS_TODAY = "2026-03-10";
    expect(await rowsAnywhereHolding(Object.values(secrets))).not.toEqual([]);

    const admin = await createUser(db, { role: "ADMIN" });
    await gallring({ id: admin.id, role: "ADMIN" });

    expect(await rowsAnywhereHolding([...Object.values(secrets), `R${tag}`])).toEqual([]);
    // The ratings on the fixed areas stay for the statistics; the area taken from the goals and the notes go.
    expect((await db.followUp.findUniqueOrThrow({ where: { id: record.followUp.id } })).abilityRatings).toEqual([{ area: "Passa tider", rating: 2 }]);
    // The participant's own words go; what kind of statement it was, and whether they agreed, stay.
    const statements = await db.participantStatement.findMany({ where: { participantId: record.participant.id }, orderBy: { createdAt: "asc" } });
    expect(statements.map((st) => [st.kind, st.agrees, st.text])).toEqual([
      ["BEFORE_FOLLOW_UP", null, ""],
      ["RESPONSE", false, ""],
      ["BEFORE_FOLLOW_UP", null, ""],
    ]);
    // Who, what and when stay: the correction, the withdrawal, the proposal and its answer are still events.
    const events = await db.auditEvent.findMany({ where: { entityId: { in: [before.id, proposalId] }, action: { in: ["CREATE", "UPDATE"] }, actorId: { in: [officer.id, host.id] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.actorId, e.action, e.entity, e.changes])).toEqual([
      [officer.id, "UPDATE", "Participant", { redactedFields: ["lastName"] }],
      [officer.id, "UPDATE", "Participant", { redactedFields: ["consentWithdrawalNote", "consentWithdrawnOn"] }],
      [host.id, "CREATE", "PlacementProposal", { redactedFields: ["justification", "kind", "newEndDate", "newStartDate", "hoursPerWeek", "placementId", "reasonCode", "replaces", "tasks"].sort() }],
      [officer.id, "UPDATE", "PlacementProposal", { redactedFields: ["answerReason", "kind", "status"] }],
    ]);
    expect(await db.auditEvent.findFirst({ where: { entity: "AuditEvent", actorId: admin.id }, orderBy: { id: "desc" } })).toMatchObject({
      action: "UPDATE",
      changes: { redactedAfterRetention: expect.any(Number), participants: expect.any(Number) },
    });

    const csv = auditLogCsv(await exportAuditLog(admin, parseAuditFilter({ deltagare: String(before.caseNumber) }).filter));
    expect(csv).toContain("Fält: lastName (värden visas inte)");
    for (const secret of Object.values(secrets)) expect(csv).not.toContain(secret);
  });

  it("closes the participant's own login: it is deactivated, its sessions end and its open codes expire", async () => {
    const record = await recordDueForGallring(`L${randomUUID().slice(0, 8)}`);
    const later = new Date(Date.now() + 86_400_000);
    const session = await db.userSession.create({ data: { userId: record.login.id, lastSeenAt: new Date() } });
    const code = await db.participantSignInCode.create({ data: { userId: record.login.id, codeHash: "x".repeat(64), issuedById: record.officer.id, expiresAt: later } });
    const before = await db.user.findUniqueOrThrow({ where: { id: record.login.id } });
    expect(before.active).toBe(true);

    await gallring();

    const after = await db.user.findUniqueOrThrow({ where: { id: record.login.id } });
    expect([after.active, after.sessionVersion]).toEqual([false, before.sessionVersion + 1]);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).not.toBeNull();
    expect((await db.participantSignInCode.findUniqueOrThrow({ where: { id: code.id } })).expiresAt.getTime()).toBeLessThan(later.getTime());
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const run = await db.auditEvent.findFirstOrThrow({ where: { entity: "Retention", action: "UPDATE" }, orderBy: { id: "desc" } });
    expect((run.changes as { loginsClosed: number }).loginsClosed).toBeGreaterThanOrEqual(1);
  });

  it("takes a participant with a cancelled placement too, its reason emptied as the database requires of a cancellation", async () => {
    const record = await recordDueForGallring("CANCELLED");
    await db.placement.update({ where: { id: record.placement.id }, data: { status: "CANCELLED", endReason: "Deltagaren blev inlagd på sjukhus" } });

    await gallring();

    expect(await db.placement.findUniqueOrThrow({ where: { id: record.placement.id } })).toMatchObject({ status: "CANCELLED", endReason: "" });
    expect((await db.participant.findUniqueOrThrow({ where: { id: record.participant.id } })).anonymisedAt).not.toBeNull();
  });

  it("redacts the log's events about every kind of record the participant has", async () => {
    const record = await recordDueForGallring("KINDS");
    const { officer, participant } = record;
    const rowsOf = async (model: string) => {
      const { reach } = PERSONAL_DATA[model as keyof typeof PERSONAL_DATA];
      const where = { self: `"id" = $1`, participant: `"participantId" = $1`, placement: `"placementId" IN (SELECT "id" FROM "Placement" WHERE "participantId" = $1)` }[reach];
      return (await owner.query<{ id: string }>(`SELECT "id" FROM "${model}" WHERE ${where}`, [participant.id])).rows;
    };
    await db.placementProposal.create({ data: { placementId: record.placement.id, authorId: record.host.id, kind: "EXTEND", newEndDate: new Date("2022-08-31T00:00:00Z"), reasonCode: "OTHER", justification: "Behöver mer tid" } });
    for (const model of PARTICIPANT_RECORD_MODELS) {
      const rows = await rowsOf(model);
      expect(rows.length, `the record has no ${model}`).toBeGreaterThan(0);
      for (const { id } of rows) await recordAudit(db, officer, { action: "UPDATE", entity: model, entityId: id, changes: { note: { before: null, after: `Värde om ${model}` } } });
    }

    await gallring();

    expect(await rowsAnywhereHolding(["Värde om "])).toEqual([]);
  });
});

describe("the audit log's one exception to append-only", () => {
  it("the database and the app redact alike: field names only, the same again when redacted twice", async () => {
    const samples = [{ lastName: { before: "A", after: "B" }, firstName: { before: "C", after: "D" } }, { view: "caseload" }, {}, ["a"], "text", { redactedFields: ["b", "a"] }, { Zeta: 1, alpha: 2, "ä": 3 }];
    for (const sample of samples) {
      const { rows } = await owner.query<{ redacted: unknown }>(`SELECT "audit_redacted_changes"($1::jsonb) AS redacted`, [JSON.stringify(sample)]);
      expect(rows[0]!.redacted, JSON.stringify(sample)).toEqual(redactChanges(sample));
    }
  });

  it("refuses to redact the events of a participant who is not anonymised", async () => {
    const record = await createFullRecord(db, "NOTGONE");
    await expect(db.$queryRaw`SELECT "redact_anonymised_audit"(${[record.participant.id]}::uuid[], NULL, NULL)`).rejects.toThrow(/only the audit events of anonymised participants can be redacted/);
  });

  it("still refuses every other change, also to the owner, also with the redaction flag set by hand", async () => {
    const { rows } = await owner.query<{ id: string }>(`INSERT INTO "AuditEvent" (action, entity, changes) VALUES ('UPDATE', 'Participant', '{"lastName": {"after": "X"}}') RETURNING id`);
    const id = rows[0]!.id;
    const attempt = async (sql: string) => {
      await owner.query("BEGIN");
      try {
        await owner.query(`SET LOCAL stegvis.audit_redaction = 'on'`);
        await owner.query(sql, [id]);
        return "changed";
      } catch (error) {
        return (error as Error).message;
      } finally {
        await owner.query("ROLLBACK");
      }
    };
    expect(await attempt(`UPDATE "AuditEvent" SET changes = '{"lastName": {"after": "Y"}}' WHERE id = $1`)).toMatch(/append-only/);
    expect(await attempt(`UPDATE "AuditEvent" SET changes = "audit_redacted_changes"(changes), entity = 'Annat' WHERE id = $1`)).toMatch(/append-only/);
    expect(await attempt(`UPDATE "AuditEvent" SET changes = '{"redactedFields": []}' WHERE id = $1`)).toMatch(/append-only/);
    expect(await attempt(`DELETE FROM "AuditEvent" WHERE id = $1`)).toMatch(/append-only/);
    await expect(owner.query(`UPDATE "AuditEvent" SET changes = "audit_redacted_changes"(changes) WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
    expect((await owner.query(`SELECT changes FROM "AuditEvent" WHERE id = $1`, [id])).rows[0]).toEqual({ changes: { lastName: { after: "X" } } });
  });
});
