// Which database the scripts talk to: DATABASE_URL when set, otherwise the embedded one under .data/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";
import { readDatabaseUrl } from "../config";

export const DATA_DIR = path.resolve(import.meta.dirname, "../../.data");
const PG_DIR = path.join(DATA_DIR, "pg");
const LOCK_FILE = path.join(DATA_DIR, "embedded.json");

type Lock = { pid: number; url: string | null };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readLock(): Lock | null {
  try {
    return JSON.parse(readFileSync(LOCK_FILE, "utf8")) as Lock;
  } catch {
    return null;
  }
}

/** The embedded server another live process (npm start) is serving, if any. */
export function runningEmbedded(): Lock | null {
  const lock = readLock();
  return lock && lock.pid !== process.pid && isAlive(lock.pid) ? lock : null;
}

/**
 * PGlite does not lock its data folder, and opening it twice corrupts it: the lock file is created
 * exclusively before PGlite opens, and a stale one (its process gone) is taken over.
 */
function acquireLock(): void {
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid, url: null } satisfies Lock), { flag: "wx", mode: 0o600 });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock();
      if (holder && isAlive(holder.pid)) throw new Error(`den inbyggda databasen används redan av en annan Stegvis (process ${holder.pid}). Stoppa den först.`);
      // Unreadable: another process may be writing it this instant; only a lock whose process is gone is taken over.
      if (holder) rmSync(LOCK_FILE, { force: true });
      else sleepSync(100);
    }
  }
  throw new Error("den inbyggda databasens låsfil (.data/embedded.json) kunde inte tas; försök igen.");
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Starts the embedded database on `.data/pg`, served on a Unix socket in `.data/` (only this OS user can
 * connect), and records it so other scripts share it.
 */
export async function startProjectEmbedded(): Promise<EmbeddedPostgres> {
  acquireLock();
  let embedded: EmbeddedPostgres;
  try {
    embedded = await startEmbeddedPostgres({ dataDir: PG_DIR, socketDir: DATA_DIR });
  } catch (error) {
    rmSync(LOCK_FILE, { force: true });
    throw error;
  }
  writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid, url: embedded.url } satisfies Lock), { mode: 0o600 });
  // One PostgreSQL session serves every connection here: clients of this process (and its children) keep to one.
  process.env.DATABASE_POOL_MAX = "1";
  return {
    ...embedded,
    stop: async () => {
      await embedded.stop();
      rmSync(LOCK_FILE, { force: true });
    },
  };
}

/**
 * Runs `work` against the configured database, starting the embedded one for the duration when needed.
 * Not while `npm start` serves the embedded one: its single session would mix this work with the app's.
 */
export async function withConfiguredDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const configured = readDatabaseUrl(process.env);
  if (configured) return work(configured);
  const running = runningEmbedded();
  if (running) throw new Error(`Stegvis körs med den inbyggda databasen (process ${running.pid}). Stoppa den först.`);
  const embedded = await startProjectEmbedded();
  try {
    await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

/** Runs `work` on the embedded database's data folder with its lock held (backup, restore); not while npm start serves it. */
export async function withEmbeddedDataDir<T>(work: (dataDir: string) => Promise<T>): Promise<T> {
  const running = runningEmbedded();
  if (running) throw new Error(`Stegvis körs med den inbyggda databasen (process ${running.pid}). Stoppa den först.`);
  acquireLock();
  try {
    return await work(PG_DIR);
  } finally {
    rmSync(LOCK_FILE, { force: true });
  }
}
