import { stringify } from "csv-stringify/sync";
import { tableCells, type Column } from "./cells";

// Semicolon and a byte-order mark: what Swedish Excel opens correctly with å, ä, ö and decimal commas.
export function toCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  return "\uFEFF" + stringify(tableCells(rows, columns), { delimiter: ";", record_delimiter: "\r\n" });
}
