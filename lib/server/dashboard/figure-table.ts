// Not "server-only": plain data shared by the services, the page, the charts, the exports and the bench.
import { shownOrder, suppressTable, withheldFor, type Shown, type Withheld } from "@/lib/rules/suppression";

export type Header = { key: string; label: string };

/**
 * One table of counts as the coordinator sees it: labelled rows and columns, every figure already
 * suppressed (lib/rules/suppression), with row, column and grand totals. Pages, charts and exports
 * read only this, so they show the same numbers. A withheld table (`withheld` set) has no rows, columns
 * or figures at all: its row labels (the programmes or providers present) would tell as much as its zeros.
 */
export type FigureTable = {
  id: string;
  title: string;
  rowHeader: string;
  rows: Header[];
  columns: Header[];
  cells: Shown[][];
  rowTotals: Shown[];
  columnTotals: Shown[];
  total: Shown;
  withheld: Withheld | null;
};

const HIDDEN: Shown = { suppressed: true };

/**
 * Builds a suppressed table from counts found by row and column key (a missing pair counts 0), or a
 * withheld one when `groupSize`, the participants the view is about, or the table's own total is 1 to 4.
 */
export function figureTable(
  spec: { id: string; title: string; rowHeader: string; rows: Header[]; columns: Header[] },
  count: (rowKey: string, columnKey: string) => number,
  groupSize: number,
): FigureTable {
  const counts = spec.rows.map((r) => spec.columns.map((c) => count(r.key, c.key)));
  const withheld = withheldFor(groupSize, counts.flat().reduce((a, b) => a + b, 0));
  if (withheld) return { ...spec, rows: [], columns: [], cells: [], rowTotals: [], columnTotals: [], total: HIDDEN, withheld };
  return { ...spec, ...suppressTable(counts), withheld: null };
}

/** The table with its rows listed by their shown totals, largest first, the hidden ones last by label (`shownOrder`). */
export function orderedByShownTotal(table: FigureTable): FigureTable {
  const order = shownOrder(table.rowTotals, table.rows.map((r) => r.label));
  return { ...table, rows: order.map((i) => table.rows[i]!), cells: order.map((i) => table.cells[i]!), rowTotals: order.map((i) => table.rowTotals[i]!) };
}

/** A lookup over query rows: the count for a row key and column key, 0 when absent. */
export function counter<T>(rows: readonly T[], rowKey: (row: T) => string, columnKey: (row: T) => string, value: (row: T) => number): (r: string, c: string) => number {
  const map = new Map<string, number>();
  for (const row of rows) {
    const key = `${rowKey(row)}\u0000${columnKey(row)}`;
    map.set(key, (map.get(key) ?? 0) + value(row));
  }
  return (r, c) => map.get(`${r}\u0000${c}`) ?? 0;
}

/** The figure at a row and column key, for tests and charts; hidden in a withheld table. */
export function cellAt(table: FigureTable, rowKey: string, columnKey: string): Shown {
  if (table.withheld) return HIDDEN;
  const r = table.rows.findIndex((h) => h.key === rowKey);
  const c = table.columns.findIndex((h) => h.key === columnKey);
  const cell = table.cells[r]?.[c];
  if (!cell) throw new Error(`Ingen cell ${rowKey}/${columnKey} i ${table.id}.`);
  return cell;
}

/** The total of the row with this key; hidden in a withheld table. */
export function rowTotalAt(table: FigureTable, rowKey: string): Shown {
  if (table.withheld) return HIDDEN;
  const total = table.rowTotals[table.rows.findIndex((h) => h.key === rowKey)];
  if (!total) throw new Error(`Ingen rad ${rowKey} i ${table.id}.`);
  return total;
}

/** The total of the column with this key; hidden in a withheld table. */
export function columnTotalAt(table: FigureTable, columnKey: string): Shown {
  if (table.withheld) return HIDDEN;
  const total = table.columnTotals[table.columns.findIndex((h) => h.key === columnKey)];
  if (!total) throw new Error(`Ingen kolumn ${columnKey} i ${table.id}.`);
  return total;
}
