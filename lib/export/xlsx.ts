import ExcelJS from "exceljs";
import { tableCells, type Column } from "./cells";

export type Sheet = { name: string; cells: (string | number)[][] };

export function sheet<Row>(name: string, rows: readonly Row[], columns: readonly Column<Row>[]): Sheet {
  return { name, cells: tableCells(rows, columns) };
}

export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, cells } of sheets) {
    // Excel refuses sheet names over 31 characters.
    const worksheet = workbook.addWorksheet(name.slice(0, 31));
    worksheet.addRows(cells);
    worksheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
