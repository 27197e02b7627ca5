// Defect 2 of the security review: on a server the app connects as a role of its own that cannot
// remove the audit log's protection. The embedded database has a single role, so this needs a server.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recordAudit } from "@/lib/server/audit";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { grantAppRole, loginOf } from "../../scripts/db/app-role";
import { createScratchDatabase, testServerUrl, type ScratchDatabase } from "../support/scratch-database";
import { createParticipant, createUnit, createUser } from "../support/factories";

const INSUFFICIENT_PRIVILEGE = "42501";
const server = testServerUrl();

// The run's database is embedded (PGlite, one role) when no server is given: nothing to prove there.
describe.skipIf(inject("databaseEmbedded"))("the app's database role (needs a PostgreSQL server: TEST_DATABASE_URL)", () => {
  const app = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const owner = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  let eventId: string;

  beforeAll(async () => {
    await app.connect();
    await owner.connect();
    const { rows } = await app.query<{ id: string }>(`INSERT INTO "AuditEvent" (action, entity) VALUES ('READ', 'Rolltest') RETURNING id`);
    eventId = rows[0]!.id;
  });
  afterAll(() => Promise.all([app.end(), owner.end()]));

  const refused = async (sql: string) => {
    const error = await app.query(sql).then(
      () => null,
      (e: { code?: string }) => e,
    );
    expect(error?.code, sql).toBe(INSUFFICIENT_PRIVILEGE);
  };

  it("is not the role that owns the tables, and is no superuser", async () => {
    expect(loginOf(process.env.DATABASE_URL!).name).not.toBe(loginOf(process.env.DATABASE_OWNER_URL!).name);
    const { rows } = await app.query<{ super: boolean; owned: number }>(
      `SELECT r.rolsuper AS super, (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid AND c.relnamespace = 'public'::regnamespace) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({ super: false, owned: 0 });
  });

  it("cannot disable or drop the append-only trigger", async () => {
    await refused(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    await refused(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update"`);
    await refused(`DROP TRIGGER "AuditEvent_no_update" ON "AuditEvent"`);
    await refused(`DROP FUNCTION "audit_event_append_only"() CASCADE`);
    await refused(`ALTER TABLE "AuditEvent" DROP COLUMN "ip"`);
  });

  it("cannot update, delete or truncate audit events, but adds and reads them", async () => {
    await refused(`UPDATE "AuditEvent" SET entity = 'Ändrad' WHERE id = ${eventId}`);
    await refused(`DELETE FROM "AuditEvent" WHERE id = ${eventId}`);
    await refused(`TRUNCATE "AuditEvent"`);
    const { rows } = await app.query(`SELECT entity FROM "AuditEvent" WHERE id = $1`, [eventId]);
    expect(rows).toEqual([{ entity: "Rolltest" }]);
  });

  it("redacts the log only through gallring's function: an update of its own is refused even with the redaction flag set", async () => {
    await app.query("BEGIN");
    try {
      await app.query(`SET LOCAL stegvis.audit_redaction = 'on'`);
      await refused(`UPDATE "AuditEvent" SET changes = "audit_redacted_changes"(changes) WHERE id = ${eventId}`);
    } finally {
      await app.query("ROLLBACK");
    }
    const { rows } = await app.query(`SELECT has_function_privilege(current_user, '"redact_anonymised_audit"(uuid[], uuid, "Role")', 'EXECUTE') AS may`);
    expect(rows).toEqual([{ may: true }]);
    const { rows: everyone } = await owner.query(`SELECT has_function_privilege('public', '"redact_anonymised_audit"(uuid[], uuid, "Role")', 'EXECUTE') AS may`);
    expect(everyone).toEqual([{ may: false }]);
    // Nor can it shorten the function's list of tables, which would leave a table's events unredacted.
    await refused(`DELETE FROM "AuditRedactionSource" WHERE entity = 'FollowUp'`);
    await refused(`INSERT INTO "AuditRedactionSource" (entity, reach) VALUES ('Smuggled', 'self')`);
    await refused(`UPDATE "AuditRedactionSource" SET reach = 'self'`);
  });

  it("cannot alter, drop or create tables, nor read the migration history", async () => {
    await refused(`ALTER TABLE "Participant" ADD COLUMN "smuggled" text`);
    await refused(`ALTER TABLE "Participant" DROP CONSTRAINT "Participant_personal_identity_number"`);
    await refused(`DROP TABLE "SignInAttempt"`);
    await refused(`TRUNCATE "Participant" CASCADE`);
    await refused(`CREATE TABLE "Smuggled" (x int)`);
    await refused(`SELECT * FROM "_prisma_migrations"`);
  });

  it("runs the app: a participant registered and read, its audit event written in the same transaction", async () => {
    const prisma = createPrismaClient(process.env.DATABASE_URL!);
    try {
      const unit = await createUnit(prisma);
      const officer = await createUser(prisma, { role: "HANDLAGGARE", unitId: unit.id });
      const participant = await createParticipant(prisma, { unitId: unit.id, responsibleOfficerId: officer.id });
      await prisma.$transaction(async (tx) => {
        await tx.participant.update({ where: { id: participant.id }, data: { firstName: "Ändrad" } });
        await recordAudit(tx, officer, { action: "UPDATE", entity: "Participant", entityId: participant.id });
      });
      expect(await prisma.auditEvent.count({ where: { entityId: participant.id } })).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("still holds the trigger for the owner, who may drop it only on purpose", async () => {
    await expect(owner.query(`UPDATE "AuditEvent" SET entity = 'Ändrad' WHERE id = $1`, [eventId])).rejects.toThrow(/append-only/);
  });

  describe("granting it", () => {
    it("is idempotent and safe when test runs in several databases grant the same role at once", async () => {
      const scratches: ScratchDatabase[] = await Promise.all([createScratchDatabase("roles_a"), createScratchDatabase("roles_b")]);
      const role = { name: `stegvis_role_test_${process.pid}`, password: "x" };
      try {
        await Promise.all(scratches.flatMap((s) => [grantAppRole(s.ownerUrl, role), grantAppRole(s.ownerUrl, role)]));
        const client = new pg.Client({ connectionString: scratches[0]!.ownerUrl });
        await client.connect();
        const { rows } = await client.query(`SELECT has_table_privilege($1, '"AuditEvent"', 'INSERT') AS ins, has_table_privilege($1, '"AuditEvent"', 'DELETE') AS del`, [role.name]);
        await client.end();
        expect(rows[0]).toEqual({ ins: true, del: false });
      } finally {
        await Promise.all(scratches.map((s) => s.drop()));
        const admin = new pg.Client({ connectionString: server! });
        await admin.connect();
        await admin.query(`DROP ROLE IF EXISTS "${role.name}"`);
        await admin.end();
      }
    });

    it("refuses to make the owner the app's role", async () => {
      const owner = loginOf(process.env.DATABASE_OWNER_URL!);
      await expect(grantAppRole(process.env.DATABASE_OWNER_URL!, owner)).rejects.toThrow(/samma som ägarrollen/);
    });
  });
});
