import { listKeyFollowUps } from "@/lib/server/api/reads";
import { serveApi } from "@/lib/server/api/respond";
import { noQuery } from "@/lib/api/contract";
import { placementIdParams } from "@/lib/validation/api";

export const dynamic = "force-dynamic";

/** The submitted follow-ups of one of a provider key's placements. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const path = placementIdParams.safeParse(await params);
  return serveApi(request, "readPlacements", noQuery, async (caller) => {
    const followUps = path.success ? await listKeyFollowUps(caller, path.data.id) : null;
    return followUps && { data: followUps };
  });
}
