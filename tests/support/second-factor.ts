// The second sign-in step for test helpers over HTTP and in the browser: codes from the known secret of a
// demo or test account (prisma/demo-second-factor.ts). A code is good once, so the helpers keep the last step
// used per account in a file all test processes on the machine share, and wait for the clock when an account
// signs in more than three times in about 30 seconds.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { nextKnownCode } from "../../prisma/demo-second-factor";

const shared = (email: string, suffix: string) => path.join(tmpdir(), `stegvis-code-${createHash("sha256").update(email).digest("hex").slice(0, 16)}.${suffix}`);
/** A holder that died is not waited for longer than a sign-in's code step can take. */
const STALE_LOCK_MS = 90_000;

async function lock(email: string) {
  const dir = shared(email, "lock");
  for (;;) {
    try {
      mkdirSync(dir);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        if (Date.now() - statSync(dir).mtimeMs > STALE_LOCK_MS) rmSync(dir, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function lastUsedStep(email: string): number {
  try {
    return Number(readFileSync(shared(email, "step"), "utf8")) || 0;
  } catch {
    return 0;
  }
}

/** A fresh code for the account: newer than any a test process on this machine used, and than `usedElsewhere` (e.g. read from the database). */
export async function freshCode(email: string, usedElsewhere: number | null = null): Promise<string> {
  const key = email.toLowerCase();
  for (;;) {
    const next = nextKnownCode(key, Math.max(lastUsedStep(key), usedElsewhere ?? 0));
    if (next) {
      writeFileSync(shared(key, "step"), String(next.step));
      return next.code;
    }
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
  }
}

/**
 * Sends a fresh code with `send`, one test process at a time: the server takes an account's codes only in
 * rising order, and counts a code used twice as a failed sign-in, so two workers signing in as the same demo
 * account must not pick and send codes in between each other.
 */
export async function withFreshCode<T>(email: string, send: (code: string) => Promise<T>): Promise<T> {
  await lock(email.toLowerCase());
  try {
    return await send(await freshCode(email));
  } finally {
    rmSync(shared(email.toLowerCase(), "lock"), { recursive: true, force: true });
  }
}

/** What the code page says when another sign-in used the code first (another test worker, say): take the next one. */
export const CODE_USED = /redan använts/;

/**
 * Opens the user's sessions held at the second factor, as a right code would. Only for tests about something
 * else (client addresses, copied cookies) whose sign-in is raw HTTP of their own; the second factor's own tests
 * and every helper that signs in (Visitor, the browser fixtures, signInToken) type the code.
 */
export async function openHeldSessions(prisma: PrismaClient, userId: string) {
  await prisma.userSession.updateMany({ where: { userId }, data: { secondFactorPending: false } });
}
