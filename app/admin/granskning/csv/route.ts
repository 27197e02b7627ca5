import { toCsv } from "@/lib/export/csv";
import { formatDateTime } from "@/lib/format/date";
import { exportAccessReviewFlags, type FlaggedAccess } from "@/lib/server/access-review/follow-up";
import { policies } from "@/lib/server/authz";
import { refuseAccess, requireUser } from "@/lib/server/session";

/** The flagged accesses as a file for the follow-up's minutes; the export is itself logged. */
export async function GET(request: Request) {
  const path = new URL(request.url).pathname;
  const admin = await requireUser(path);
  if (!policies.followUpAccessReviews(admin)) await refuseAccess(admin, { entity: "Page", entityId: path, changes: { policy: "followUpAccessReviews" } });
  const result = await exportAccessReviewFlags(admin);
  if (!result.ok) throw new Error(result.reason);
  const csv = toCsv<FlaggedAccess>(result.value, [
    { header: "Månad", value: (f) => f.month.slice(0, 7) },
    { header: "Enhet", value: (f) => f.unit },
    { header: "Dag", value: (f) => f.day },
    { header: "Användare", value: (f) => f.who },
    { header: "E-post", value: (f) => f.whoEmail },
    { header: "Ärende", value: (f) => f.caseNumber },
    { header: "Motivering", value: (f) => f.reason },
    { header: "Granskad av", value: (f) => f.decidedBy },
    { header: "Granskad", value: (f) => formatDateTime(f.decidedAt) },
  ]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="stegvis-logguppfoljning-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
