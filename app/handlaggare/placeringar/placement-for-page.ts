import "server-only";
import { notFound } from "next/navigation";
import { getPlacement } from "@/lib/server/placements/get-placement";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

/** The placement a case officer's page shows, read in their scope; 404 when it is not theirs to see. */
export async function placementForPage(id: string, path: string) {
  const user = await requirePolicy("viewCaseload", path);
  const placement = isUuid(id) ? await getPlacement(user, id) : null;
  if (!placement) notFound();
  return placement;
}
