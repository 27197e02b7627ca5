import { auditLogCsv } from "@/lib/server/audit-log-csv";
import { exportAuditLog } from "@/lib/server/audit-search";
import { policies } from "@/lib/server/authz";
import { requireUser, refuseAccess } from "@/lib/server/session";
import { parseAuditFilter } from "@/lib/validation/audit-filter";

/** The log search's matches as a CSV file (the same filter as the page); the export is itself logged. */
export async function GET(request: Request) {
  const path = new URL(request.url).pathname;
  const admin = await requireUser(path);
  if (!policies.searchAuditLog(admin)) await refuseAccess(admin, { entity: "Page", entityId: path, changes: { policy: "searchAuditLog" } });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const rows = await exportAuditLog(admin, parseAuditFilter(params).filter);
  return new Response(auditLogCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stegvis-logg-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
