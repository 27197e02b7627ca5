import "server-only";
import { notFound } from "next/navigation";
import { placementProposalsForHost } from "@/lib/server/proposals/read-proposals";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

/** The placement and its proposals as the provider's user sees them; 404 when it is not theirs. */
export async function placementForProposals(id: string, path: string) {
  const user = await requirePolicy("viewOwnPlacements", path);
  const found = isUuid(id) ? await placementProposalsForHost(user, id) : null;
  if (!found) notFound();
  return found;
}
