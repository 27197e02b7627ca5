import "server-only";
import { recordAudit } from "./audit";
import { db } from "./db";
import { verifyPassword } from "./password";
import { fieldError, notFound, type Refusal } from "./result";
import type { SessionUser } from "./session-user";
import { beginSignInAttempt, signInKey } from "./sign-in-limit";

export const WRONG_CURRENT_PASSWORD = "Lösenordet stämmer inte.";
export const TOO_MANY_TRIES = "För många felaktiga lösenord. Vänta en kvart och försök igen.";

type Account = { id: string; email: string; passwordHash: string; mustChangePassword: boolean };

/**
 * The signed-in user proves it is them by typing their password again (before changing it, or ending
 * sessions). Checked under the sign-in limits, so a stolen session cannot guess the password freely; a
 * wrong password is logged. The attempt is to be marked as succeeded in the command's transaction.
 */
export async function reauthenticate(user: SessionUser, password: string, field: string, check: string): Promise<{ account: Account; attemptId: bigint } | Refusal> {
  const account = await db().user.findUnique({ where: { id: user.id }, select: { id: true, email: true, passwordHash: true, mustChangePassword: true } });
  if (!account) return notFound();
  const attempt = await beginSignInAttempt(db(), signInKey(account.email), user.ip);
  if ("refused" in attempt) return fieldError(field, TOO_MANY_TRIES);
  if (!(await verifyPassword(account.passwordHash, password))) {
    await recordAudit(db(), user, { action: "SIGN_IN_FAILED", entity: "User", entityId: account.id, changes: { check } });
    return fieldError(field, WRONG_CURRENT_PASSWORD);
  }
  return { account, attemptId: attempt.id };
}
