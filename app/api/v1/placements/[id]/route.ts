import { getKeyPlacement } from "@/lib/server/api/reads";
import { serveApi } from "@/lib/server/api/respond";
import { noQuery } from "@/lib/api/contract";
import { placementIdParams } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** One of a provider key's placements; 404 for any other (or an id that is no id). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const path = placementIdParams.safeParse(await params);
  return serveApi(request, "readPlacements", noQuery, (caller) => (path.success ? getKeyPlacement(caller, path.data.id) : Promise.resolve(null)));
}
