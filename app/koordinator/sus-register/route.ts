import { recordAudit } from "@/lib/server/audit";
import { policies } from "@/lib/server/authz";
import { today } from "@/lib/server/clock";
import { susRegister, susRegisterCsv } from "@/lib/server/dashboard/sus-register";
import { db } from "@/lib/server/db";
import { requireUser } from "@/lib/server/session";
import { parseDashboardParams } from "@/lib/validation/dashboard-filter";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The per-person SUS file (docs/sus-export.md) for the dashboard's period and filters, as CSV. */
export async function GET(request: Request) {
  const user = await requireUser("/koordinator");
  if (!policies.exportReport(user)) {
    await recordAudit(db(), user, { action: "ACCESS_DENIED", entity: "Export", entityId: "sus-register", changes: { policy: "exportReport" } });
    return text("Du har inte behörighet till den här exporten.", 403);
  }
  const { filter } = parseDashboardParams(Object.fromEntries(new URL(request.url).searchParams), today());
  const register = await susRegister(user, filter);
  if (!register) return text("Du har ingen omfattning ännu. Be en administratör om det.", 404);
  return new Response(susRegisterCsv(register.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="sus-deltagare-${filter.from}-${filter.to}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
