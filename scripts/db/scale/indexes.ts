// Secondary indexes and constraints are dropped before the bulk load and built once afterwards:
// one sort per index instead of millions of insertions, and one join per foreign key instead of a check per row.
// Exclusion constraints (Placement_no_overlap) stay: added afterwards, PostgreSQL checks each row with its own
// index scan, which measured ten times slower than keeping the constraint during the insert.
import type pg from "pg";
import type { Statement } from "./helpers";

export type Deferred = { table: string; name: string; create: Statement };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Drops the foreign keys touching `tables`, their unique constraints and their other secondary indexes
 * (primary keys and exclusion constraints stay), and returns what recreates them, in the order that works:
 * indexes, then unique constraints, then foreign keys.
 */
export async function dropSecondary(client: pg.Client, tables: string[]): Promise<Deferred[]> {
  const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
     WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace AND (c.relname = ANY($1) OR r.relname = ANY($1))
     ORDER BY c.relname, k.conname`,
    [tables],
  );
  const constraints = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
     FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
     WHERE k.contype = 'u' AND c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)
     ORDER BY c.relname, k.conname`,
    [tables],
  );
  const indexes = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS table, x.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class x ON x.oid = i.indexrelid
     WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
     ORDER BY c.relname, x.relname`,
    [tables],
  );
  for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${quote(fk.table)} DROP CONSTRAINT ${quote(fk.name)}`);
  for (const c of constraints.rows) await client.query(`ALTER TABLE ${quote(c.table)} DROP CONSTRAINT ${quote(c.name)}`);
  for (const index of indexes.rows) await client.query(`DROP INDEX ${quote(index.name)}`);
  const addConstraint = (c: { table: string; name: string; definition: string }): Deferred => ({
    table: c.table,
    name: c.name,
    create: { text: `ALTER TABLE ${quote(c.table)} ADD CONSTRAINT ${quote(c.name)} ${c.definition}` },
  });
  return [
    ...indexes.rows.map((index) => ({ table: index.table, name: index.name, create: { text: index.definition } })),
    ...constraints.rows.map(addConstraint),
    ...foreignKeys.rows.map(addConstraint),
  ];
}
