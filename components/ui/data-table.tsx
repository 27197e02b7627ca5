import type { ReactNode } from "react";

/** `nowrap` keeps short values (dates, stages) on one line. */
export type Column<Row> = { header: string; cell: (row: Row) => ReactNode; nowrap?: boolean };

/** A plain, accessible table: a caption, column headers, one row per item. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: { caption: string; columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  return (
    // A focusable region so keyboard users can scroll a wide table; the edge shadows show there is more to the side.
    <div role="group" aria-label={caption} tabIndex={0} className="scroll-cue overflow-x-auto rounded-lg border border-stone-300 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100">
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className="px-4 py-3 font-semibold">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-t border-stone-200">
              {columns.map((c) => (
                <td key={c.header} className={`px-4 py-3 align-top ${c.nowrap ? "whitespace-nowrap" : ""}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
