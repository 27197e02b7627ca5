import "server-only";
import { passwordProblem } from "@/lib/domain/password-rules";
import { SAME_PASSWORD, type PasswordChange } from "@/lib/validation/user";
import { recordAudit } from "./audit";
import { requestIp } from "./client-ip";
import { inTransaction } from "./command";
import { db } from "./db";
import { hashPassword, verifyPassword } from "./password";
import { fieldError, notFound, ok, type Result } from "./result";
import type { SessionUser } from "./session-user";
import { beginSignInAttempt, markSignInSucceeded, signInKey } from "./sign-in-limit";

export const WRONG_CURRENT_PASSWORD = "Det nuvarande lösenordet stämmer inte.";
export const TOO_MANY_TRIES = "För många felaktiga lösenord. Vänta en kvart och försök igen.";

/**
 * The user chooses a new password, giving the current one. This session goes on; the user's other
 * sessions end, since whoever knew the old password may hold one. A forced change (after a reset) is done.
 * The current password is checked under the sign-in limits, so a stolen session cannot guess it freely.
 */
export async function changeOwnPassword(user: SessionUser, input: PasswordChange): Promise<Result<{ id: string }>> {
  const account = await db().user.findUnique({ where: { id: user.id }, select: { id: true, email: true, passwordHash: true, mustChangePassword: true } });
  if (!account) return notFound();
  const ip = await requestIp();
  const attempt = await beginSignInAttempt(db(), signInKey(account.email), ip);
  if ("refused" in attempt) return fieldError("currentPassword", TOO_MANY_TRIES);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    await recordAudit(db(), user, { action: "SIGN_IN_FAILED", entity: "User", entityId: account.id, ip, changes: { check: "password-change" } });
    return fieldError("currentPassword", WRONG_CURRENT_PASSWORD);
  }
  const problem = passwordProblem(input.newPassword, { email: account.email });
  if (problem) return fieldError("newPassword", problem);
  if (await verifyPassword(account.passwordHash, input.newPassword)) return fieldError("newPassword", SAME_PASSWORD);
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(async (tx) => {
    await markSignInSucceeded(tx, attempt.id);
    await tx.user.update({ where: { id: account.id }, data: { passwordHash, mustChangePassword: false, version: { increment: 1 } } });
    const { count } = await tx.userSession.updateMany({ where: { userId: account.id, revokedAt: null, ...(user.sessionId ? { id: { not: user.sessionId } } : {}) }, data: { revokedAt: new Date() } });
    await recordAudit(tx, user, {
      action: "UPDATE",
      entity: "User",
      entityId: account.id,
      changes: { password: "bytt", ...(account.mustChangePassword && { mustChangePassword: { before: true, after: false } }), otherSessionsEnded: count },
    });
    return ok({ id: account.id });
  });
}
