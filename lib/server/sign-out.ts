import "server-only";
import { cookies } from "next/headers";
import { endSession } from "./auth";
import { db } from "./db";
import { currentUser, pendingSignIn } from "./session";

/** next-auth's session cookie, with its secure-context prefix and the numbered chunks a large token is split into. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Signs the current user out as next-auth's own sign-out does: the session row is revoked (with a
 * SIGN_OUT audit event, by `endSession`), so every copy of the cookie dies, and the cookie is cleared.
 * A session held at the second factor is ended the same way; one that has ended already is only cleared away.
 */
export async function signOutCurrentSession(): Promise<void> {
  const user = await currentUser();
  const pending = user ? null : await pendingSignIn();
  if (user?.sessionId) await endSession({ uid: user.id, role: user.role, sid: user.sessionId }, db(), user.ip);
  else if (pending) await endSession({ uid: pending.userId, role: pending.role, sid: pending.sessionId }, db(), pending.ip);
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    if (SESSION_COOKIE.test(name)) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}
