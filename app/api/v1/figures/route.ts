import { keyFigures } from "@/lib/server/api/reads";
import { serveApi } from "@/lib/server/api/respond";
import { noQuery } from "@/lib/api/contract";

export const dynamic = "force-dynamic";

/** A coordinator key's figures of today, suppressed as on the dashboard; 404 while the coordinator has no scope. */
export async function GET(request: Request) {
  return serveApi(request, "readFigures", noQuery, keyFigures);
}
