import { notFound } from "next/navigation";
import { recordAudit } from "@/lib/server/audit";
import { policies } from "@/lib/server/authz";
import { today } from "@/lib/server/clock";
import { dashboardExport, isExportView } from "@/lib/server/dashboard/export";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { parseDashboardParams } from "@/lib/validation/dashboard-filter";

export const dynamic = "force-dynamic";

/** A dashboard view as CSV or XLSX, with the same filters as the page (the address's query). */
export async function GET(request: Request, { params }: { params: Promise<{ view: string }> }) {
  const { view } = await params;
  // Signed in, and not on a one-time password: that opens nothing but choosing a new one.
  const user = await requireUser("/koordinator");
  if (!policies.exportReport(user)) {
    await recordAudit(db(), user, { action: "ACCESS_DENIED", entity: "Export", entityId: view, changes: { policy: "exportReport" } });
    return new Response("Du har inte behörighet till den här exporten.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (!isExportView(view)) notFound();
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const file = await dashboardExport(user, view, parseDashboardParams(Object.fromEntries(url.searchParams), today()).filter, format);
  if (!file) return new Response("Du har ingen omfattning ännu. Be en administratör om det.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
