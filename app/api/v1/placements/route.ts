import { listKeyPlacements } from "@/lib/server/api/reads";
import { serveApi } from "@/lib/server/api/respond";
import { placementListQuery } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** A provider key's placements, a page at a time (?cursor=&limit=). */
export async function GET(request: Request) {
  return serveApi(request, "readPlacements", placementListQuery, listKeyPlacements);
}
