import "server-only";
import type { NextAuthOptions, Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "./audit";
import { clientIp, requestIp, UNKNOWN_IP } from "./client-ip";
import { db, type Db } from "./db";
import { hashPassword, verifyPassword } from "./password";
import { sessionHasExpired, SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import { beginSignInAttempt, markSignInSucceeded, signInKey } from "./sign-in-limit";

/** Told to the sign-in form (next-auth passes an authorize error's message on, so only these two leave). */
export const RATE_LIMITED = "RATE_LIMITED";
export const UNAVAILABLE = "UNAVAILABLE";

// Control characters (a NUL byte, say) are never part of a real address or password; refusing them here
// keeps them out of the database driver, which would fail on them with an internal error.
const printable = /^[^\u0000-\u001f\u007f]*$/;
const credentialsInput = z.object({
  email: z.string().max(254).regex(printable).transform(signInKey),
  password: z.string().max(200).regex(printable),
});

// Checked when the e-mail is unknown, so that a wrong address takes as long as a wrong password.
const decoyHash = hashPassword("decoy-password-for-timing");

/**
 * Checks e-mail and password under the attempt limits; null for any wrong credential, so nothing tells
 * which was wrong. The password is checked outside any transaction: a hash takes tens of milliseconds,
 * and a transaction held that long would stall other requests (PGlite runs one transaction at a time).
 * Every refusal is logged with the address tried (lower-cased) and the client's IP.
 */
export async function authorizeCredentials(raw: unknown, client: Db = db(), ip: string = UNKNOWN_IP) {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  try {
    const attempt = await beginSignInAttempt(client, email, ip);
    const user = await client.user.findUnique({ where: { email } });
    const tried = { entity: "User", entityId: user?.id ?? null, ip };
    if ("refused" in attempt) {
      await recordAudit(client, null, { action: "SIGN_IN_BLOCKED", ...tried, changes: { email, limit: attempt.refused } });
      throw new Error(RATE_LIMITED);
    }
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !user.active || !passwordOk) {
      await recordAudit(client, null, { action: "SIGN_IN_FAILED", ...tried, changes: { email } });
      return null;
    }
    await client.$transaction([
      markSignInSucceeded(client, attempt.id),
      client.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
      client.auditEvent.create({ data: { actorId: user.id, actorRole: user.role, action: "SIGN_IN", entity: "User", entityId: user.id, ip } }),
    ]);
    return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
  } catch (error) {
    if (error instanceof Error && error.message === RATE_LIMITED) throw error;
    // Database details stay in the server log; next-auth would put the message in the redirect URL.
    console.error("Inloggningen misslyckades", error);
    throw new Error(UNAVAILABLE);
  }
}

/**
 * The session a token stands for, read afresh from the database: none once the working day is over,
 * the account is deactivated, or the user has signed out since the token was issued (sign-out raises
 * the user's session version, so a copied cookie dies with it).
 */
export async function sessionForToken(token: Pick<JWT, "uid" | "signedInAt" | "sessionVersion">, expires: string, client: Db = db()): Promise<Session | null> {
  if (!token.uid || sessionHasExpired(token.signedInAt)) return null;
  const user = await client.user.findUnique({
    where: { id: token.uid },
    select: { id: true, name: true, email: true, role: true, unitId: true, providerId: true, active: true, sessionVersion: true },
  });
  if (!user?.active || user.sessionVersion !== token.sessionVersion) return null;
  const { id, name, email, role, unitId, providerId } = user;
  return { user: { id, name, email, role, unitId, providerId, signedInAt: token.signedInAt }, expires };
}

/**
 * Ends every session of the token's user, unless it had ended already (a stale copy of a cookie cannot
 * sign the user out again, nor fill the log).
 */
export async function endSession(token: Pick<JWT, "uid" | "role" | "sessionVersion">, client: Db = db(), ip: string = UNKNOWN_IP): Promise<void> {
  if (!token.uid) return;
  await client.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: token.uid, sessionVersion: token.sessionVersion }, data: { sessionVersion: { increment: 1 } } });
    if (count === 1) await recordAudit(tx, { id: token.uid, role: token.role }, { action: "SIGN_OUT", entity: "User", entityId: token.uid, ip });
  });
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/logga-in", error: "/logga-in" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Lösenord", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, db(), clientIp(req.headers ?? {})),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    // An ended session answers an empty object: /api/auth/session shows nothing, getServerSession gives null.
    async session({ session, token }) {
      return (await sessionForToken(token, session.expires)) ?? ({} as Session);
    },
  },
  events: {
    async signOut({ token }) {
      if (token) await endSession(token, db(), await requestIp());
    },
  },
};
