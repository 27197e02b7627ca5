import { getAccessLog } from "@/lib/server/data-protection/access-log";
import { accessLogCsv } from "@/lib/server/data-protection/access-log-csv";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

/** The participant's access-log extract as a CSV file; audited as an export. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/atkomstlogg`);
  const log = isUuid(id) ? await getAccessLog(user, id, "csv") : null;
  if (!log) return new Response("Sidan finns inte.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(accessLogCsv(log.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="atkomstlogg-arende-${log.participant.caseNumber}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
