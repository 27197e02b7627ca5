import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shareOf, shownOrder, statisticFor, suppressCount, suppressList, suppressTable, withheldFor, type Shown } from "@/lib/rules/suppression";

const text = (s: Shown) => (s.suppressed ? "<5" : String(s.value));

describe("suppression of small counts", () => {
  it("hides every count from 1 to 4, and shows 0 (nobody) and 5 and over", () => {
    expect([0, 1, 4, 5, 12].map((n) => text(suppressCount(n)))).toEqual(["0", "<5", "<5", "5", "12"]);
  });

  it("hides a second cell when one hidden cell could be found by subtracting the others from the total", () => {
    // 10 + 3 + 20 = 33: with the 3 alone hidden, 33 − 10 − 20 gives it back.
    const { cells, total } = suppressList([10, 3, 20]);
    expect(cells.map(text)).toEqual(["<5", "<5", "20"]);
    expect(text(total)).toBe("33");
  });

  it("hides more when the hidden cells' sum would pin them: two hidden that sum to 2 are both 1, to 8 both 4", () => {
    expect(suppressList([1, 1, 9]).cells.map(text)).toEqual(["<5", "<5", "<5"]);
    expect(suppressList([4, 4, 9]).cells.map(text)).toEqual(["<5", "<5", "<5"]);
    expect(suppressList([1, 3, 9]).cells.map(text)).toEqual(["<5", "<5", "9"]);
  });

  it("hides a row's total when its only other figure is needed to protect a column", () => {
    // Men: 5 at komma igång, 2 at nästan framme, total 7 shown → the 5 is hidden, then komma igång's total.
    const table = suppressTable([
      [0, 5, 0],
      [6, 0, 0],
      [0, 2, 0],
    ]);
    expect(table.cells.map((row, r) => [...row, table.rowTotals[r] as Shown].map(text))).toEqual([
      ["0", "<5", "0", "<5"],
      ["6", "0", "0", "6"],
      ["0", "<5", "0", "<5"],
    ]);
    expect([...table.columnTotals, table.total].map(text)).toEqual(["6", "7", "0", "13"]);
  });

  it("never hides a total of 0 to protect the totals' row", () => {
    // Totals row: 6, 7, 0 | 13 after the 5 and 2 of the men's column are hidden; the empty column stays 0.
    const table = suppressTable([
      [0, 5, 0],
      [6, 0, 0],
      [0, 2, 0],
      [0, 0, 0],
    ]);
    expect(table.columnTotals[2]).toEqual({ suppressed: false, value: 0 });
  });

  it("refuses rows of different lengths, and takes an empty table", () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow();
    expect(suppressTable([])).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: { suppressed: false, value: 0 } });
  });

  it("never hides a 0 for another's sake, and hides the total when a row has no other figure to hide", () => {
    const { cells, total } = suppressList([0, 3, 0]);
    expect(cells.map(text)).toEqual(["0", "<5", "0"]);
    expect(text(total)).toBe("<5");
    const list = suppressList([0, 5, 0]);
    expect(list.cells.map(text)).toEqual(["0", "5", "0"]);
  });

  it("leaves a list alone when nothing is small", () => {
    const { cells, total } = suppressList([10, 7, 20]);
    expect(cells.map(text)).toEqual(["10", "7", "20"]);
    expect(text(total)).toBe("37");
  });

  it("hides cells across rows and columns so that neither a row nor a column total gives one back", () => {
    const table = suppressTable([
      [2, 10, 12],
      [8, 9, 30],
    ]);
    expect(table.cells.map((row) => row.map(text))).toEqual([
      ["<5", "<5", "12"],
      ["<5", "<5", "30"],
    ]);
    expect(table.rowTotals.map(text)).toEqual(["24", "47"]);
    expect(table.columnTotals.map(text)).toEqual(["10", "19", "42"]);
  });

  it("never leaves exactly one hidden figure in a row or a column (any table)", () => {
    const tables = fc.integer({ min: 1, max: 4 }).chain((columns) => fc.array(fc.array(fc.nat(40), { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 4 }));
    fc.assert(
      fc.property(tables, (counts) => {
        const t = suppressTable(counts);
        const rows: Shown[][] = [...t.cells.map((row, r) => [...row, t.rowTotals[r] as Shown]), [...t.columnTotals, t.total]];
        const columns = (rows[0] ?? []).map((_, c) => rows.map((row) => row[c] as Shown));
        for (const line of [...rows, ...columns]) {
          expect(line.filter((s) => s.suppressed).length).not.toBe(1);
          // With the total shown, the hidden cells' sum (total − shown) is known: it must not pin them down.
          const total = line[line.length - 1] as Shown;
          const inner = line.slice(0, -1);
          const k = inner.filter((s) => s.suppressed).length;
          if (!total.suppressed && k > 0) {
            const hiddenSum = total.value - inner.reduce((a, s) => a + (s.suppressed ? 0 : s.value), 0);
            expect(hiddenSum === k || hiddenSum === 4 * k).toBe(false);
          }
        }
        // Every shown figure is the true one; every count under 5 is hidden.
        counts.forEach((row, r) =>
          row.forEach((n, c) => {
            const cell = t.cells[r]?.[c];
            expect(cell).toEqual((n > 0 && n < 5) || cell?.suppressed ? { suppressed: true } : { suppressed: false, value: n });
          }),
        );
      }),
    );
  });

  it("withholds a whole table when the group it is about, or its own total, is 1 to 4, never for 0", () => {
    expect([1, 4].map((group) => withheldFor(group, 40))).toEqual(["SMALL_GROUP", "SMALL_GROUP"]);
    expect([1, 4].map((total) => withheldFor(40, total))).toEqual(["SMALL_TABLE", "SMALL_TABLE"]);
    expect([withheldFor(5, 5), withheldFor(0, 0), withheldFor(40, 0)]).toEqual([null, null, null]);
  });

  it("gives no share of a hidden figure, and no median of fewer than 5", () => {
    const { cells, total } = suppressList([10, 3, 20]);
    const [first, , last] = cells as [Shown, Shown, Shown];
    expect(shareOf([last], total)).toBeCloseTo(20 / 33);
    expect(shareOf([first, last], total)).toBeNull();
    expect(shareOf([], { suppressed: false, value: 0 })).toBeNull();
    expect(statisticFor(4, 30)).toBeNull();
    expect(statisticFor(5, 30)).toBe(30);
  });

  it("lists rows by what is shown, hidden ones last by label, so a row's place tells nothing of a hidden count", () => {
    // By true count the order would be 5, 5, 1: the hidden 5 first, and the total 11 would pin both hidden cells.
    const { cells } = suppressList([5, 5, 1]);
    const labels = ["Berg AB", "Ek AB", "Al AB"];
    expect(cells.map(text)).toEqual(["<5", "5", "<5"]);
    expect(shownOrder(cells, labels).map((i) => labels[i])).toEqual(["Ek AB", "Al AB", "Berg AB"]);
    const shown = [20, 7, 20, 0].map(suppressCount);
    expect(shownOrder(shown, ["Ö", "B", "A", "C"])).toEqual([2, 0, 1, 3]);
  });
});
