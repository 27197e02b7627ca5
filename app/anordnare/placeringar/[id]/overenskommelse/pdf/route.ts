import { agreementPdf } from "@/lib/server/agreements/pdf";
import { agreementForHost } from "@/lib/server/agreements/read";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

const NOT_FOUND = () => new Response("Sidan finns inte.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The agreement as the host sees it (no personnummer), as a PDF; audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewOwnPlacements", `/anordnare/placeringar/${id}/overenskommelse`);
  const view = isUuid(id) ? await agreementForHost(user, id, "agreement-pdf") : null;
  const pdf = view && (await agreementPdf(view));
  if (!pdf) return NOT_FOUND();
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="overenskommelse-version-${pdf.number}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
