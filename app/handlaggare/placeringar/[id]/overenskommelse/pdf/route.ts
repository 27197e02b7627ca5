import { agreementPdfResponse } from "@/lib/server/agreements/pdf";
import { agreementForOfficer } from "@/lib/server/agreements/read";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

/** The agreement as a PDF for the participant to take home; the read is audited as the page's is. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/placeringar/${id}/overenskommelse`);
  return agreementPdfResponse(isUuid(id) ? await agreementForOfficer(user, id, "agreement-pdf") : null);
}
