/**
 * How long a one-time password from an administrator opens the account: long enough to reach someone
 * over a weekend, short enough that one never used is not a standing key to the account.
 */
export const ONE_TIME_PASSWORD_HOURS = 72;

export const ONE_TIME_PASSWORD_EXPIRED_MESSAGE = `Engångslösenordet har gått ut: det gäller i ${ONE_TIME_PASSWORD_HOURS} timmar. Be en administratör om ett nytt.`;

export const oneTimePasswordExpiry = (now: Date = new Date()): Date => new Date(now.getTime() + ONE_TIME_PASSWORD_HOURS * 3_600_000);

/** Whether the account is on a one-time password that no longer opens it (one without an end date never does). */
export function oneTimePasswordHasExpired(account: { mustChangePassword: boolean; oneTimePasswordExpiresAt: Date | null }, now: Date = new Date()): boolean {
  return account.mustChangePassword && (account.oneTimePasswordExpiresAt === null || account.oneTimePasswordExpiresAt <= now);
}
