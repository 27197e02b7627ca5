import "server-only";
import type { Tx } from "./db";

/** Failed attempts per e-mail address allowed inside the window before sign-in is refused. */
export const SIGN_IN_LIMIT = { maxFailures: 5, windowMinutes: 15 } as const;

export function signInKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Kept in PostgreSQL, not in memory, so the limit holds across app instances.
 * The count and the new attempt run in one transaction holding an advisory lock on the key,
 * so parallel guesses cannot slip past the limit.
 */
export async function isSignInBlocked(tx: Tx, key: string, now = new Date()): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
  const since = new Date(now.getTime() - SIGN_IN_LIMIT.windowMinutes * 60_000);
  const failures = await tx.signInAttempt.count({ where: { key, succeeded: false, at: { gte: since } } });
  return failures >= SIGN_IN_LIMIT.maxFailures;
}

export async function recordSignInAttempt(tx: Tx, key: string, succeeded: boolean): Promise<void> {
  await tx.signInAttempt.create({ data: { key, succeeded } });
}
