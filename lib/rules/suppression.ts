/**
 * Statistical disclosure control for the coordinator's figures: a coordinator sees aggregates, never
 * people. Every count under SUPPRESSION_THRESHOLD is shown as "<5", and where a table shows totals,
 * enough other cells are hidden as well (complementary suppression) that no hidden cell can be worked
 * out by subtracting the shown ones from a total. Pages, charts and exports all take their numbers
 * from here, so they hide the same cells.
 */

export const SUPPRESSION_THRESHOLD = 5;

/** How a hidden figure reads, on screen and in exports. */
export const SUPPRESSED_TEXT = "<5";

/** A count as it may be shown: its value, or hidden. */
export type Shown = { suppressed: false; value: number } | { suppressed: true };

/** A table of counts with its row, column and grand totals, each shown or hidden. */
export type SuppressedTable = { cells: Shown[][]; rowTotals: Shown[]; columnTotals: Shown[]; total: Shown };

const shown = (value: number): Shown => ({ suppressed: false, value });
const hidden: Shown = { suppressed: true };

/** Whether one count, on its own, is too small to show. */
export const isTooSmall = (count: number): boolean => count < SUPPRESSION_THRESHOLD;

/** One count with no total beside it: hidden when it is under the threshold. */
export function suppressCount(count: number): Shown {
  return isTooSmall(count) ? hidden : shown(count);
}

/**
 * Hides every cell under the threshold (primary suppression), then, in every row and column (the
 * totals' row and column included) where exactly one figure is hidden, also hides the smallest shown
 * cell of that line, preferring inner cells to the line's total (complementary suppression); repeated
 * until no line has a single hidden figure. A line is its cells plus its total, which is their sum.
 */
export function suppressTable(counts: readonly (readonly number[])[]): SuppressedTable {
  const columns = counts[0]?.length ?? 0;
  if (counts.some((row) => row.length !== columns)) throw new Error("Tabellens rader har olika många celler.");
  type Entry = { value: number; hidden: boolean; inner: boolean };
  const entry = (value: number, inner: boolean): Entry => ({ value, hidden: isTooSmall(value), inner });
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const grid: Entry[][] = counts.map((row) => [...row.map((n) => entry(n, true)), entry(sum(row), false)]);
  const columnSums = Array.from({ length: columns }, (_, c) => sum(counts.map((row) => row[c] ?? 0)));
  const totalRow = [...columnSums.map((n) => entry(n, false)), entry(sum(columnSums), false)];
  const allRows = [...grid, totalRow];
  const lines: Entry[][] = [...allRows, ...Array.from({ length: columns + 1 }, (_, c) => allRows.flatMap((row) => row.slice(c, c + 1)))];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (line.filter((e) => e.hidden).length !== 1) continue;
      const open = line.filter((e) => !e.hidden).sort((a, b) => Number(b.inner) - Number(a.inner) || a.value - b.value);
      const partner = open[0];
      if (!partner) continue;
      partner.hidden = true;
      changed = true;
    }
  }
  const show = (e: Entry | undefined): Shown => (!e || e.hidden ? hidden : shown(e.value));
  return {
    cells: grid.map((row) => row.slice(0, columns).map(show)),
    rowTotals: grid.map((row) => show(row[columns])),
    columnTotals: totalRow.slice(0, columns).map(show),
    total: show(totalRow[columns]),
  };
}

/** A list of counts and their total, as one row of a table. */
export function suppressList(counts: readonly number[]): { cells: Shown[]; total: Shown } {
  const table = suppressTable([counts]);
  return { cells: table.cells[0] ?? [], total: table.total };
}

/**
 * A share (0–1) of shown figures, or null when any part or the whole is hidden: a share of a hidden
 * figure would give the figure back.
 */
export function shareOf(parts: readonly Shown[], whole: Shown): number | null {
  if (whole.suppressed || whole.value === 0) return null;
  let sum = 0;
  for (const part of parts) {
    if (part.suppressed) return null;
    sum += part.value;
  }
  return sum / whole.value;
}

/** A statistic about a group (a median), shown only when the group has at least the threshold. */
export function statisticFor<T>(groupSize: number, statistic: T): T | null {
  return isTooSmall(groupSize) ? null : statistic;
}
