import "server-only";
import type { Db } from "./db";

/** Failed attempts per e-mail address allowed inside the window before sign-in is refused. */
export const SIGN_IN_LIMIT = { maxFailures: 5, windowMinutes: 15 } as const;

export function signInKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Registers an attempt before the password is checked, or refuses it when the address has had too many
 * failures since the later of the window's start and its last successful sign-in. Kept in PostgreSQL,
 * not in memory, so the limit holds across app instances; the short transaction holds an advisory lock
 * on the address so parallel guesses are counted one at a time. The attempt counts as failed until
 * `markSignInSucceeded`. Returns the attempt's id, or null when refused.
 */
export async function beginSignInAttempt(client: Db, key: string, now = new Date()): Promise<bigint | null> {
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const windowStart = new Date(now.getTime() - SIGN_IN_LIMIT.windowMinutes * 60_000);
    const lastSuccess = await tx.signInAttempt.findFirst({ where: { key, succeeded: true, at: { gte: windowStart } }, orderBy: { at: "desc" }, select: { at: true } });
    const failures = await tx.signInAttempt.count({ where: { key, succeeded: false, at: { gte: lastSuccess?.at ?? windowStart } } });
    if (failures >= SIGN_IN_LIMIT.maxFailures) return null;
    const attempt = await tx.signInAttempt.create({ data: { key, succeeded: false }, select: { id: true } });
    return attempt.id;
    // Attempts on one address queue for the lock, and on the embedded database every transaction queues:
    // wait longer than Prisma's default 2 s rather than fail a sign-in in a burst.
  }, { maxWait: 15_000, timeout: 15_000 });
}
