import "server-only";
import { AUDIT_ACTION_LABELS } from "@/lib/domain/audit-actions";
import { toCsv } from "@/lib/export/csv";
import { auditDetails, describeAuditTarget } from "@/lib/format/audit-event";
import { formatDateTime } from "@/lib/format/date";
import { ROLE_LABELS } from "@/lib/format/roles";
import type { AuditRow } from "./audit-search";

/** The log search's matches as a file: the page's columns plus the e-mail address and the record's id. */
export function auditLogCsv(rows: readonly AuditRow[]): string {
  return toCsv(rows, [
    { header: "Tid", value: (e) => formatDateTime(e.at) },
    { header: "Användare", value: (e) => e.actor?.name ?? "" },
    { header: "E-post", value: (e) => e.actor?.email ?? "" },
    { header: "Roll", value: (e) => (e.actorRole ? ROLE_LABELS[e.actorRole] : "") },
    { header: "Händelse", value: (e) => AUDIT_ACTION_LABELS[e.action] },
    { header: "Vad", value: (e) => describeAuditTarget(e) },
    { header: "Id", value: (e) => e.entityId },
    { header: "IP-adress", value: (e) => e.ip },
    { header: "Detaljer", value: (e) => auditDetails(e.changes) },
  ]);
}
