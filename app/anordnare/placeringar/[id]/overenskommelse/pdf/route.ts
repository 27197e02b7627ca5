import { agreementPdfResponse } from "@/lib/server/agreements/pdf";
import { agreementForHost } from "@/lib/server/agreements/read";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

/** The agreement as the host sees it (no personnummer), as a PDF; audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewOwnPlacements", `/anordnare/placeringar/${id}/overenskommelse`);
  return agreementPdfResponse(isUuid(id) ? await agreementForHost(user, id, "agreement-pdf") : null);
}
