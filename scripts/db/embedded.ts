// Embedded PostgreSQL: PGlite served on loopback, so a new user needs no database server.
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; port: number; stop: () => Promise<void> };

/** A free TCP port on loopback, chosen by the operating system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A PGlite instance with the extensions the migrations create (no-overlap constraint, name search). */
export function openPGlite(dataDir?: string): Promise<PGlite> {
  return PGlite.create({ dataDir, extensions: { btree_gist, pg_trgm } });
}

/**
 * Starts PGlite with its data in `dataDir` (in memory when omitted) and serves it on 127.0.0.1.
 * PGlite runs one transaction at a time; other connections wait their turn.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  const db = await openPGlite(options.dataDir);
  const port = options.port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 20 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
