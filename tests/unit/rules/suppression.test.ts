import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shareOf, statisticFor, suppressCount, suppressList, suppressTable, type Shown } from "@/lib/rules/suppression";

const text = (s: Shown) => (s.suppressed ? "<5" : String(s.value));

describe("suppression of small counts", () => {
  it("hides every count under 5, zero included, and shows 5 and over", () => {
    expect([0, 1, 4, 5, 12].map((n) => text(suppressCount(n)))).toEqual(["<5", "<5", "<5", "5", "12"]);
  });

  it("hides a second cell when one hidden cell could be found by subtracting the others from the total", () => {
    // 10 + 3 + 20 = 33: with the 3 alone hidden, 33 − 10 − 20 gives it back.
    const { cells, total } = suppressList([10, 3, 20]);
    expect(cells.map(text)).toEqual(["<5", "<5", "20"]);
    expect(text(total)).toBe("33");
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
        for (const line of [...rows, ...columns]) expect(line.filter((s) => s.suppressed).length).not.toBe(1);
        // Every shown figure is the true one; every count under 5 is hidden.
        counts.forEach((row, r) =>
          row.forEach((n, c) => {
            const cell = t.cells[r]?.[c];
            expect(cell).toEqual(n < 5 || cell?.suppressed ? { suppressed: true } : { suppressed: false, value: n });
          }),
        );
      }),
    );
  });

  it("gives no share of a hidden figure, and no median of fewer than 5", () => {
    const { cells, total } = suppressList([10, 3, 20]);
    const [first, , last] = cells as [Shown, Shown, Shown];
    expect(shareOf([last], total)).toBeCloseTo(20 / 33);
    expect(shareOf([first, last], total)).toBeNull();
    expect(statisticFor(4, 30)).toBeNull();
    expect(statisticFor(5, 30)).toBe(30);
  });
});
