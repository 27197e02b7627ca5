// Which database the scripts talk to: DATABASE_URL when set, otherwise the embedded one under .data/.
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";
import { readDatabaseUrl } from "../config";

export const DATA_DIR = path.resolve(import.meta.dirname, "../../.data");
const PG_DIR = path.join(DATA_DIR, "pg");
const LOCK_FILE = path.join(DATA_DIR, "embedded.json");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The embedded server another process (npm start) is already serving, if any: PGlite's data must have one owner. */
function runningEmbedded(): string | null {
  if (!existsSync(LOCK_FILE)) return null;
  const { pid, url } = JSON.parse(readFileSync(LOCK_FILE, "utf8")) as { pid: number; url: string };
  if (pid !== process.pid && isAlive(pid)) return url;
  rmSync(LOCK_FILE, { force: true });
  return null;
}

/** Starts the embedded database on `.data/pg` and records it so other scripts share it. */
export async function startProjectEmbedded(port?: number): Promise<EmbeddedPostgres> {
  mkdirSync(DATA_DIR, { recursive: true });
  const embedded = await startEmbeddedPostgres({ dataDir: PG_DIR, port });
  writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid, url: embedded.url }));
  return {
    ...embedded,
    stop: async () => {
      rmSync(LOCK_FILE, { force: true });
      await embedded.stop();
    },
  };
}

/** Runs `work` against the configured database, starting the embedded one for the duration when needed. */
export async function withConfiguredDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const configured = readDatabaseUrl(process.env);
  const shared = configured ?? runningEmbedded();
  if (shared) return work(shared);
  const embedded = await startProjectEmbedded();
  try {
    await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
