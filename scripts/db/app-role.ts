// The app's own database role on a PostgreSQL server: the DML it needs, INSERT and SELECT on the audit
// log and EXECUTE on the one function that redacts the log after retention (ADR 0010), no DDL and no
// ownership. Migrations run as the owner (MIGRATION_DATABASE_URL), which then grants this
// (docs/decisions/0008-database-roles-and-data-protection.md). The embedded database has one role and never gets here.
import pg from "pg";
import { JOB_QUEUE_SCHEMA } from "../../lib/server/notices/queues";

/** The role a connection string signs in as, and its password when the string carries one. */
export type RoleLogin = { name: string; password: string | null };

export function loginOf(url: string): RoleLogin {
  const parsed = new URL(url);
  return { name: decodeURIComponent(parsed.username), password: parsed.password ? decodeURIComponent(parsed.password) : null };
}

/** `url` signing in as `login` instead of its own role. */
export function asRole(url: string, login: RoleLogin): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(login.name);
  parsed.password = login.password ? encodeURIComponent(login.password) : "";
  return parsed.toString();
}

/** SQLSTATEs of a CREATE ROLE that lost a race to another one of the same name (roles are cluster-wide). */
const ROLE_EXISTS = ["42710", "23505"];

async function createRoleIfMissing(client: pg.Client, login: RoleLogin): Promise<void> {
  const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [login.name]);
  if (exists.rowCount) return;
  const password = login.password ? ` PASSWORD ${client.escapeLiteral(login.password)}` : "";
  try {
    await client.query(`CREATE ROLE ${client.escapeIdentifier(login.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS${password}`);
  } catch (error) {
    if (!ROLE_EXISTS.includes((error as { code?: string }).code ?? "")) throw error;
  }
}

/** What makes a role unfit to be the app's: a superuser or a table owner can drop the audit trigger. */
async function unfitness(client: pg.Client, name: string): Promise<string | null> {
  const { rows } = await client.query<{ super: boolean; bypass: boolean; owns: number }>(
    `SELECT r.rolsuper AS super, r.rolbypassrls AS bypass,
            (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owns
       FROM pg_roles r WHERE r.rolname = $1`,
    [name],
  );
  const role = rows[0];
  if (!role) return `rollen ${name} finns inte`;
  if (role.super || role.bypass) return `rollen ${name} är superanvändare eller förbigår radsäkerhet`;
  if (role.owns > 0) return `rollen ${name} äger tabeller; appens roll får inte äga något`;
  return null;
}

/**
 * Creates the app's role when it is missing (LOGIN, with the password its connection string carries)
 * and grants it exactly what the app needs, as the owner. Idempotent and safe to run beside another
 * run: within a database the grants are serialised by an advisory lock; a role created by a parallel
 * run (another database of the same cluster) is taken as is. Run after every migration, so tables a
 * migration added are covered; default privileges cover tables created by other means.
 */
export async function grantAppRole(ownerUrl: string, app: RoleLogin): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const owner = (await client.query<{ name: string; database: string }>("SELECT current_user AS name, current_database() AS database")).rows[0]!;
    if (owner.name === app.name) throw new Error(`appens roll (${app.name}) är samma som ägarrollen: ange en egen roll i DATABASE_URL.`);
    await createRoleIfMissing(client, app);
    const role = client.escapeIdentifier(app.name);
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('stegvis-app-role'))");
    await client.query(`
      GRANT CONNECT ON DATABASE ${client.escapeIdentifier(owner.database)} TO ${role};
      GRANT USAGE ON SCHEMA public TO ${role};
      REVOKE CREATE ON SCHEMA public FROM ${role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
      REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${role};
      REVOKE ALL ON "_prisma_migrations" FROM ${role};
      REVOKE UPDATE, DELETE ON "AuditEvent" FROM ${role};
      REVOKE INSERT, UPDATE, DELETE ON "AuditRedactionSource" FROM ${role};
      REVOKE ALL ON FUNCTION "redact_anonymised_audit"(uuid[], uuid, "Role") FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION "redact_anonymised_audit"(uuid[], uuid, "Role") TO ${role};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role};
      ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role};
    `);
    // The job queue (pg-boss): its rows, not its tables; the owner creates queues and partitions.
    const jobQueue = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [JOB_QUEUE_SCHEMA]);
    if (jobQueue.rowCount) {
      const schema = client.escapeIdentifier(JOB_QUEUE_SCHEMA);
      await client.query(`
        GRANT USAGE ON SCHEMA ${schema} TO ${role};
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role};
        GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role};
      `);
    }
    const unfit = await unfitness(client, app.name);
    if (unfit) throw new Error(`${unfit}. Se README, avsnittet om databasroller.`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
