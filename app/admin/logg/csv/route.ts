import { AUDIT_ACTION_LABELS } from "@/lib/domain/audit-actions";
import { toCsv } from "@/lib/export/csv";
import { auditDetails, describeAuditTarget } from "@/lib/format/audit-event";
import { formatDateTime } from "@/lib/format/date";
import { ROLE_LABELS } from "@/lib/format/roles";
import { exportAuditLog, type AuditRow } from "@/lib/server/audit-search";
import { policies } from "@/lib/server/authz";
import { requireUser, refuseAccess } from "@/lib/server/session";
import { parseAuditFilter } from "@/lib/validation/audit-filter";

const COLUMNS = [
  { header: "Tid", value: (e: AuditRow) => formatDateTime(e.at) },
  { header: "Användare", value: (e: AuditRow) => e.actor?.name ?? "" },
  { header: "E-post", value: (e: AuditRow) => e.actor?.email ?? "" },
  { header: "Roll", value: (e: AuditRow) => (e.actorRole ? ROLE_LABELS[e.actorRole] : "") },
  { header: "Händelse", value: (e: AuditRow) => AUDIT_ACTION_LABELS[e.action] },
  { header: "Vad", value: (e: AuditRow) => describeAuditTarget(e) },
  { header: "Id", value: (e: AuditRow) => e.entityId },
  { header: "IP-adress", value: (e: AuditRow) => e.ip },
  { header: "Detaljer", value: (e: AuditRow) => auditDetails(e.changes) },
];

/** The log search's matches as a CSV file (the same filter as the page); the export is itself logged. */
export async function GET(request: Request) {
  const path = new URL(request.url).pathname;
  const admin = await requireUser(path);
  if (!policies.searchAuditLog(admin)) await refuseAccess(admin, { entity: "Page", entityId: path, changes: { policy: "searchAuditLog" } });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const rows = await exportAuditLog(admin, parseAuditFilter(params).filter);
  return new Response(toCsv(rows, COLUMNS), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stegvis-logg-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
