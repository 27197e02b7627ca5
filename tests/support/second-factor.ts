// The second sign-in step for test helpers over HTTP and in the browser: codes from the known secret of a
// demo or test account (prisma/demo-second-factor.ts). A code is good once, so the helpers remember the
// last step they used per account, and wait for the clock when an account signs in more than three times
// in about 30 seconds.
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { nextKnownCode } from "../../prisma/demo-second-factor";

const lastUsed = new Map<string, number>();

/** A fresh code for the account: newer than any this process used, and than `usedElsewhere` (e.g. read from the database). */
export async function freshCode(email: string, usedElsewhere: number | null = null): Promise<string> {
  const key = email.toLowerCase();
  for (;;) {
    const next = nextKnownCode(key, Math.max(lastUsed.get(key) ?? 0, usedElsewhere ?? 0));
    if (next) {
      lastUsed.set(key, next.step);
      return next.code;
    }
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
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
