import { getRegisterExtract } from "@/lib/server/data-protection/register-extract";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

/** The register extract as a JSON file (art. 15 and 20: a machine-readable copy); audited as an export. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/registerutdrag`);
  const extract = isUuid(id) ? await getRegisterExtract(user, id, "json") : null;
  if (!extract) return new Response("Sidan finns inte.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(JSON.stringify(extract, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="registerutdrag-arende-${extract.participant.caseNumber}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
