// Row count and checksum of every table, to show that a restore gave back exactly what was backed up.

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

export type TableChecksums = Record<string, { rows: number; md5: string }>;

/**
 * Every table of the public schema, with its row count and an md5 of its rows as text in a fixed
 * order. Equal checksums mean equal contents, whatever order the rows were stored in.
 */
export async function tableChecksums(query: Query): Promise<TableChecksums> {
  const tables = await query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const result: TableChecksums = {};
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    const quoted = `"${tablename.replaceAll('"', '""')}"`;
    const { rows } = await query(`SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS md5 FROM ${quoted} t`);
    const row = rows[0] as { rows: number; md5: string };
    result[tablename] = { rows: row.rows, md5: row.md5 };
  }
  return result;
}

/** The tables whose count or checksum differs, with both values; empty when all agree. */
export function checksumDifferences(expected: TableChecksums, actual: TableChecksums): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.flatMap((name) => {
    const [e, a] = [expected[name], actual[name]];
    if (e && a && e.rows === a.rows && e.md5 === a.md5) return [];
    return [`${name}: väntade ${e ? `${e.rows} rader` : "ingen tabell"}, fick ${a ? `${a.rows} rader` : "ingen tabell"}${e && a && e.rows === a.rows ? " (annat innehåll)" : ""}`];
  });
}
