import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/csv";
import { sheet, toXlsx } from "@/lib/export/xlsx";

type Row = { name: string; count: number | null };
const columns = [
  { header: "Namn", value: (row: Row) => row.name },
  { header: "Antal", value: (row: Row) => row.count },
];
const hostile: Row[] = [
  { name: "=HYPERLINK(\"http://x\")", count: 1 },
  { name: "+1", count: 2 },
  { name: "-2", count: null },
  { name: "@SUM(A1)", count: 3 },
  { name: "\tdold", count: 4 },
  { name: "\rny", count: 5 },
  { name: "Åsa; \"Öberg\"", count: 6 },
];

describe("exports neutralise formulas", () => {
  it("CSV: every cell that would start a formula is prefixed, other text and separators survive", () => {
    const csv = toCsv(hostile, columns);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const records: string[][] = parse(csv.slice(1), { delimiter: ";" });
    expect(records[0]).toEqual(["Namn", "Antal"]);
    expect(records.slice(1).map((record) => record[0])).toEqual([
      "'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tdold", "'\rny", "Åsa; \"Öberg\"",
    ]);
    expect(records[3]?.[1]).toBe("");
  });

  it("XLSX: the same cells, numbers kept as numbers", async () => {
    const buffer = await toXlsx([sheet("Deltagare", hostile, columns)]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const rows = workbook.getWorksheet("Deltagare")!.getSheetValues().slice(1) as unknown[][];
    expect(rows[1]?.slice(1)).toEqual(["'=HYPERLINK(\"http://x\")", 1]);
    expect(rows[4]?.slice(1)).toEqual(["'@SUM(A1)", 3]);
  });
});
