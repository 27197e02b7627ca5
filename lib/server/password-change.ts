import "server-only";
import { passwordProblem } from "@/lib/domain/password-rules";
import { SAME_PASSWORD, type PasswordChange } from "@/lib/validation/user";
import { recordAudit } from "./audit";
import { inTransaction } from "./command";
import { hashPassword, verifyPassword } from "./password";
import { reauthenticate } from "./reauthenticate";
import { policies } from "./authz";
import { fieldError, forbidden, ok, type Result } from "./result";
import type { SessionUser } from "./session-user";
import { markSignInSucceeded } from "./sign-in-limit";

/**
 * The user chooses a new password, giving the current one. This session goes on; the user's other
 * sessions end, since whoever knew the old password may hold one. A forced change (after a reset) is done.
 */
export async function changeOwnPassword(user: SessionUser, input: PasswordChange): Promise<Result<{ id: string }>> {
  if (!policies.manageOwnAccount(user)) return forbidden();
  const proven = await reauthenticate(user, input.currentPassword, "currentPassword", "password-change");
  if ("ok" in proven) return proven;
  const { account, attemptId } = proven;
  const problem = passwordProblem(input.newPassword, { email: account.email });
  if (problem) return fieldError("newPassword", problem);
  if (await verifyPassword(account.passwordHash, input.newPassword)) return fieldError("newPassword", SAME_PASSWORD);
  const passwordHash = await hashPassword(input.newPassword);
  return inTransaction(async (tx) => {
    await markSignInSucceeded(tx, attemptId);
    await tx.user.update({ where: { id: account.id }, data: { passwordHash, mustChangePassword: false, oneTimePasswordExpiresAt: null, version: { increment: 1 } } });
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
