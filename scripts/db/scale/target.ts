// Which database `npm run db:scale` may fill: a PostgreSQL server, never the embedded PGlite.
import path from "node:path";
import { readDatabaseUrl } from "../../config";
import { DATA_DIR, runningEmbedded } from "../configured-database";

export class RefusedTargetError extends Error {}

const EMBEDDED_REFUSAL =
  "Skaldata kräver en PostgreSQL-server: den inbyggda databasen (PGlite) klarar inte 100 000 deltagare och 2 miljoner uppföljningar. " +
  "Skapa en egen databas och ange den, till exempel:\n" +
  "  createdb -h 127.0.0.1 -U postgres stegvis_scale\n" +
  "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/stegvis_scale npm run db:scale";

/** The URL to fill; refuses a missing DATABASE_URL and the embedded database's socket under .data/. */
export function scaleTarget(env: Record<string, string | undefined>): string {
  const url = readDatabaseUrl(env);
  if (!url) throw new RefusedTargetError(`DATABASE_URL saknas. ${EMBEDDED_REFUSAL}`);
  const host = new URL(url).searchParams.get("host");
  const embedded = runningEmbedded();
  if ((host && path.resolve(host).startsWith(DATA_DIR)) || embedded?.url === url) {
    throw new RefusedTargetError(`DATABASE_URL pekar på den inbyggda databasen. ${EMBEDDED_REFUSAL}`);
  }
  return url;
}
