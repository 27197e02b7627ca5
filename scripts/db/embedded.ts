// Embedded PostgreSQL: PGlite served so that a new user needs no database server.
import { chmodSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

/** The file name PostgreSQL clients look for in a socket directory (`host=/dir`), for the default port. */
export const SOCKET_FILE = ".s.PGSQL.5432";
// sockaddr_un holds 108 bytes on Linux (104 on macOS), the terminating NUL included.
const MAX_SOCKET_PATH = 103;

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

/**
 * A PGlite instance with the extensions the migrations create (no-overlap constraint, name search);
 * `loadDataDir` fills a new data folder from a backup (PGlite's dumpDataDir).
 */
export function openPGlite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create({ dataDir, loadDataDir, extensions: { btree_gist, pg_trgm } });
}

type Options = {
  /** Where PGlite keeps its files; in memory when omitted. */
  dataDir?: string;
  /**
   * Serve on a Unix socket in this directory (made 0700, the socket 0600), so only the user who runs the
   * app can connect: PGlite accepts any user name and password. Without it, loopback TCP on `port`,
   * which every local user can reach: only for throwaway databases (tests' scratch databases).
   */
  socketDir?: string;
  port?: number;
};

/**
 * Starts PGlite and serves it on a Unix socket (`socketDir`) or on 127.0.0.1. PGlite runs one
 * transaction at a time; other connections wait their turn.
 */
export async function startEmbeddedPostgres(options: Options = {}): Promise<EmbeddedPostgres> {
  const socketPath = options.socketDir ? path.join(path.resolve(options.socketDir), SOCKET_FILE) : null;
  if (socketPath && socketPath.length > MAX_SOCKET_PATH) {
    throw new Error(`sökvägen till databasens uttag (${socketPath}) är för lång; flytta mappen till en kortare sökväg.`);
  }
  const db = await openPGlite(options.dataDir);
  let server: PGLiteSocketServer;
  let url: string;
  try {
    if (socketPath) {
      const dir = path.dirname(socketPath);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      chmodSync(dir, 0o700);
      // A socket left by a process that died; the caller holds the data folder's lock, so it is ours.
      rmSync(socketPath, { force: true });
      server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 20 });
      await server.start();
      chmodSync(socketPath, 0o600);
      url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&sslmode=disable`;
    } else {
      const port = options.port ?? (await freePort());
      server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 20 });
      await server.start();
      url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url,
    stop: async () => {
      await server.stop();
      await db.close();
      if (socketPath) rmSync(socketPath, { force: true });
    },
  };
}
