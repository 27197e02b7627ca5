import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "./audit";
import { db, type Db } from "./db";
import { hashPassword, verifyPassword } from "./password";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import { beginSignInAttempt, signInKey } from "./sign-in-limit";

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
 * Checks e-mail and password under the attempt limit; null for any wrong credential, so nothing tells
 * which was wrong. The password is checked outside any transaction: a hash takes tens of milliseconds,
 * and a transaction held that long would stall other requests (PGlite runs one transaction at a time).
 */
export async function authorizeCredentials(raw: unknown, client: Db = db()) {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  try {
    const attemptId = await beginSignInAttempt(client, email);
    if (attemptId === null) throw new Error(RATE_LIMITED);
    const user = await client.user.findUnique({ where: { email } });
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !user.active || !passwordOk) {
      await recordAudit(client, null, { action: "SIGN_IN_FAILED", entity: "User", entityId: user?.id ?? null });
      return null;
    }
    await client.$transaction([
      client.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } }),
      client.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
      client.auditEvent.create({ data: { actorId: user.id, actorRole: user.role, action: "SIGN_IN", entity: "User", entityId: user.id } }),
    ]);
    return { id: user.id, name: user.name, email: user.email, role: user.role };
  } catch (error) {
    if (error instanceof Error && error.message === RATE_LIMITED) throw error;
    // Database details stay in the server log; next-auth would put the message in the redirect URL.
    console.error("Inloggningen misslyckades", error);
    throw new Error(UNAVAILABLE);
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/logga-in", error: "/logga-in" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Lösenord", type: "password" } },
      authorize: (credentials) => authorizeCredentials(credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.uid, name: token.name ?? "", email: token.email ?? "", role: token.role, signedInAt: token.signedInAt };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.uid) return;
      await recordAudit(db(), { id: token.uid, role: token.role }, { action: "SIGN_OUT", entity: "User", entityId: token.uid });
    },
  },
};
