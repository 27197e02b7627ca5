/** A working day: a session signed in at 08:00 ends by 18:00, however active it is. */
export const SESSION_MAX_AGE_SECONDS = 10 * 60 * 60;

/**
 * next-auth renews a token's expiry whenever the session is read, so its own maxAge is an idle timeout.
 * The sign-in time carried in the token makes the limit absolute.
 */
export function sessionHasExpired(signedInAt: number | undefined, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  return typeof signedInAt !== "number" || nowSeconds - signedInAt > SESSION_MAX_AGE_SECONDS;
}

/**
 * A session left alone this long ends: an hour, longer than NIST's 30 minutes for AAL2 because a case
 * officer may spend that long on one form (docs/security.md, V7.3.1). Measured from the session's
 * last use as recorded (at most a minute stale).
 */
export const SESSION_IDLE_LIMIT_MS = 60 * 60 * 1000;

export function sessionIsIdle(lastSeenAt: Date, now = new Date()): boolean {
  return now.getTime() - lastSeenAt.getTime() > SESSION_IDLE_LIMIT_MS;
}
