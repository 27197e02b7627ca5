// Spreadsheet programs run a cell that starts with = + - @ tab or CR as a formula (OWASP "CSV Injection").
// Every export passes user-written text through here, so a name like "=HYPERLINK(...)" stays text.
const FORMULA_START = /^[=+\-@\t\r]/;

export type Cell = string | number | null | undefined;

export function neutraliseCell(value: Cell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type Column<Row> = { header: string; value: (row: Row) => Cell };

export function tableCells<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): (string | number)[][] {
  return [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => neutraliseCell(column.value(row))))];
}
