import type { FigureTable } from "@/lib/server/dashboard/figure-table";
import { formatCount } from "@/lib/format/figures";
import { WithheldTable } from "./withheld-table";

/**
 * A dashboard table with its totals: every figure as the suppression rule left it ("<5"), or why it is withheld.
 * `rowLimit`: a long table shows its first rows and says where the rest are; the totals stay those of every row.
 */
export function FigureTableView({ table, caption, rowLimit }: { table: FigureTable; caption?: string; rowLimit?: number }) {
  if (table.withheld) return <WithheldTable id={table.id} title={caption ?? table.title} reason={table.withheld} />;
  const showColumns = table.columns.length > 1;
  const shown = rowLimit === undefined ? table.rows : table.rows.slice(0, rowLimit);
  const cut = table.rows.length - shown.length;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
      <table className="w-full border-collapse text-left text-sm" data-figure={table.id}>
        <caption className="px-4 pt-3 text-left font-semibold">{caption ?? table.title}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              {table.rowHeader}
            </th>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className="px-4 py-2 text-right font-semibold">
                {c.label}
              </th>
            ))}
            {showColumns && (
              <th scope="col" className="px-4 py-2 text-right font-semibold">
                Totalt
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, r) => (
            <tr key={row.key} className="border-t border-stone-200">
              <th scope="row" className="px-4 py-2 font-normal">
                {row.label}
              </th>
              {table.columns.map((c, i) => (
                <td key={c.key} className="px-4 py-2 text-right tabular-nums">
                  {formatCount(table.cells[r]?.[i] ?? { suppressed: true })}
                </td>
              ))}
              {showColumns && <td className="px-4 py-2 text-right font-semibold tabular-nums">{formatCount(table.rowTotals[r] ?? { suppressed: true })}</td>}
            </tr>
          ))}
          <tr className="border-t-2 border-stone-400 bg-stone-50">
            <th scope="row" className="px-4 py-2 font-semibold">
              {cut > 0 ? `Totalt, alla ${table.rows.length} ${table.rowHeader.toLowerCase()}` : "Totalt"}
            </th>
            {showColumns && table.columnTotals.map((t, i) => (
              <td key={table.columns[i]?.key ?? i} className="px-4 py-2 text-right font-semibold tabular-nums">
                {formatCount(t)}
              </td>
            ))}
            <td className="px-4 py-2 text-right font-semibold tabular-nums">{formatCount(table.total)}</td>
          </tr>
        </tbody>
      </table>
      {cut > 0 && (
        <p className="px-4 py-3 text-sm">
          Tabellen visar {shown.length} av {table.rows.length} {table.rowHeader.toLowerCase()}, de med störst antal först. Alla finns i nedladdningen nedan (CSV eller Excel).
        </p>
      )}
    </div>
  );
}
