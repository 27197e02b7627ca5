/**
 * Statistical disclosure control for the coordinator's figures: a coordinator sees aggregates, never
 * people. Every count from 1 to SUPPRESSION_THRESHOLD − 1 is shown as "<5", and where a table shows totals,
 * enough other cells are hidden as well (complementary suppression) that no hidden cell can be worked
 * out by subtracting the shown ones from a total. Pages, charts and exports all take their numbers
 * from here, so they hide the same cells.
 */

export const SUPPRESSION_THRESHOLD = 5;

/** How a hidden figure reads, on screen and in exports. */
export const SUPPRESSED_TEXT = `<${SUPPRESSION_THRESHOLD}`;

/** A count as it may be shown: its value, or hidden. */
export type Shown = { suppressed: false; value: number } | { suppressed: true };

/** A table of counts with its row, column and grand totals, each shown or hidden. */
export type SuppressedTable = { cells: Shown[][]; rowTotals: Shown[]; columnTotals: Shown[]; total: Shown };

const shown = (value: number): Shown => ({ suppressed: false, value });
const hidden: Shown = { suppressed: true };

/**
 * Whether one count, on its own, is too small to show: 1 to 4. A 0 describes nobody and is shown; hiding
 * it would, in almost every row broken down by gender (where "other or unknown" is usually 0), force a
 * real figure to be hidden with it (docs/decisions/0007-dashboard-suppression-and-scope.md).
 */
export const isTooSmall = (count: number): boolean => count > 0 && count < SUPPRESSION_THRESHOLD;

/**
 * Why a whole table is withheld, no figure and no zero shown. Hiding cells of 1–4 is not enough when the
 * whole group a table describes is 1–4 people: its one "<5" and the zeros beside it would say what all of
 * them share (their stage, their outcome). So a table is withheld when the group its view is about is
 * that small (SMALL_GROUP: the participants the filters select) or when the table itself counts 1–4
 * (SMALL_TABLE: the 3 who left in the period, say). 0 is still shown: it describes nobody
 * (docs/decisions/0007-dashboard-suppression-and-scope.md).
 */
export type Withheld = "SMALL_GROUP" | "SMALL_TABLE";

/** What the page and the exports say in place of a withheld table. */
export const WITHHELD_TEXT: Record<Withheld, string> = {
  SMALL_GROUP: `Visas inte: urvalet gäller färre än ${SUPPRESSION_THRESHOLD} deltagare, och då skulle även nollorna berätta något om dem. Välj färre filter eller en längre period.`,
  SMALL_TABLE: `Visas inte: tabellen bygger på färre än ${SUPPRESSION_THRESHOLD}, och då skulle även nollorna berätta något om dem.`,
};

/** Whether a table is withheld whole: the group its view describes, or the table's own total, is 1 to 4. */
export function withheldFor(groupSize: number, tableTotal: number): Withheld | null {
  if (isTooSmall(groupSize)) return "SMALL_GROUP";
  if (isTooSmall(tableTotal)) return "SMALL_TABLE";
  return null;
}

/** One count with no total beside it: hidden when it is under the threshold. */
export function suppressCount(count: number): Shown {
  return isTooSmall(count) ? hidden : shown(count);
}

/**
 * Hides every cell under the threshold (primary suppression), then, in every row and column (the
 * totals' row and column included) where the hidden figures could be worked out, hides more
 * (complementary suppression), repeated until none can: a line (its cells plus its total, which is their
 * sum) may not have exactly one hidden figure, and when its total is shown its hidden cells' sum may
 * not pin each of them (see `exposed`). This is the usual heuristic, not a proof against every linear attack
 * across several tables (docs/decisions/0007-dashboard-suppression-and-scope.md).
 */
export function suppressTable(counts: readonly (readonly number[])[]): SuppressedTable {
  const columns = counts[0]?.length ?? 0;
  if (counts.some((row) => row.length !== columns)) throw new Error("Tabellens rader har olika många celler.");
  type Entry = { value: number; hidden: boolean; inner: boolean };
  const entry = (value: number, inner: boolean): Entry => ({ value, hidden: isTooSmall(value), inner });
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const grid: Entry[][] = counts.map((row) => [...row.map((n) => entry(n, true)), entry(sum(row), false)]);
  const columnSums = counts.reduce<number[]>((acc, row) => acc.map((a, c) => a + (row[c] as number)), new Array<number>(columns).fill(0));
  const totalRow = [...columnSums.map((n) => entry(n, false)), entry(sum(columnSums), false)];
  const allRows = [...grid, totalRow];
  const lines: Entry[][] = [...allRows, ...Array.from({ length: columns + 1 }, (_, c) => allRows.flatMap((row) => row.slice(c, c + 1)))];
  // A line gives its hidden cells away when one alone is hidden, or when its total is shown and the
  // hidden cells' sum (total minus the shown cells) pins each of them: every hidden figure reads as 1 to 4,
  // so a sum of k or 4k over k hidden cells says they are all 1 or all 4. Then hide the smallest shown
  // inner cell above 0, else the line's total.
  const exposed = (line: Entry[]) => {
    const hiddenEntries = line.filter((e) => e.hidden);
    const k = hiddenEntries.length;
    if (k === 0) return false;
    if (k === 1) return true;
    const total = line[line.length - 1];
    const hiddenSum = sum(hiddenEntries.map((e) => e.value));
    return total !== undefined && !total.hidden && (hiddenSum === k || hiddenSum === k * (SUPPRESSION_THRESHOLD - 1));
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (!exposed(line)) continue;
      // Never a 0, which adds nothing. There is always one: every hidden figure is above 0, so an exposed
      // line's shown total is above 0, or its hidden total stands over inner cells above 0.
      const partner = line.filter((e) => !e.hidden && e.value > 0).sort((a, b) => Number(b.inner) - Number(a.inner) || a.value - b.value)[0] as Entry;
      partner.hidden = true;
      changed = true;
    }
  }
  const show = (e: Entry): Shown => (e.hidden ? hidden : shown(e.value));
  return {
    cells: grid.map((row) => row.slice(0, columns).map(show)),
    rowTotals: grid.map((row) => show(row[columns] as Entry)),
    columnTotals: totalRow.slice(0, columns).map(show),
    total: show(totalRow[columns] as Entry),
  };
}

/** A list of counts and their total, as one row of a table. */
export function suppressList(counts: readonly number[]): { cells: Shown[]; total: Shown } {
  const table = suppressTable([counts]);
  return { cells: table.cells[0] as Shown[], total: table.total };
}

/**
 * The order to list rows in, by what the table shows: shown figures largest first, then the hidden ones by
 * label. Listing by the true counts would place each hidden figure between its neighbours' values, and with
 * the total that can pin it: 5, 5, 1 shown as "<5, 5, <5, total 11" leaves only 5 and 1 for the hidden two.
 */
export function shownOrder(figures: readonly Shown[], labels: readonly string[]): number[] {
  return figures
    .map((_, i) => i)
    .sort((a, b) => {
      const [x, y] = [figures[a]!, figures[b]!];
      if (x.suppressed !== y.suppressed) return x.suppressed ? 1 : -1;
      if (!x.suppressed && !y.suppressed && x.value !== y.value) return y.value - x.value;
      return labels[a]!.localeCompare(labels[b]!, "sv");
    });
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
