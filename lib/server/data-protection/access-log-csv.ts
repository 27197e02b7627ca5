import "server-only";
import { toCsv } from "@/lib/export/csv";
import { formatDateTime } from "@/lib/format/date";
import type { AccessRow } from "./access-log";

/** The access-log extract as a file: the same rows and columns as the printable page. */
export function accessLogCsv(rows: readonly AccessRow[]): string {
  return toCsv(rows, [
    { header: "Tidpunkt", value: (r) => formatDateTime(r.at) },
    { header: "Vem", value: (r) => r.who },
    { header: "Roll", value: (r) => r.role },
    { header: "Enhet eller arbetsplats", value: (r) => r.organisation },
    { header: "Vad", value: (r) => r.description },
  ]);
}
