import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "./audit";
import { db, type Db } from "./db";
import { hashPassword, verifyPassword } from "./password";
import { isSignInBlocked, recordSignInAttempt, signInKey } from "./sign-in-limit";

/** A working day: a session signed in at 08:00 ends by 18:00. */
export const SESSION_MAX_AGE_SECONDS = 10 * 60 * 60;

/** Told to the sign-in form when the attempt limit is reached (next-auth passes the message on). */
export const RATE_LIMITED = "RATE_LIMITED";

const credentialsInput = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

// Checked when the e-mail is unknown, so that a wrong address takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/** Checks e-mail and password under the attempt limit; null for any wrong credential, so nothing tells which was wrong. */
export async function authorizeCredentials(raw: unknown, client: Db = db()) {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const key = signInKey(email);
  return client.$transaction(async (tx) => {
    if (await isSignInBlocked(tx, key)) throw new Error(RATE_LIMITED);
    const user = await tx.user.findUnique({ where: { email } });
    decoyHash ??= hashPassword("decoy-password-for-timing");
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    const ok = Boolean(user && user.active && passwordOk);
    await recordSignInAttempt(tx, key, ok);
    await recordAudit(tx, ok && user ? user : null, {
      action: ok ? "SIGN_IN" : "SIGN_IN_FAILED",
      entity: "User",
      entityId: user?.id ?? null,
    });
    if (!ok || !user) return null;
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    return { id: user.id, name: user.name, email: user.email, role: user.role };
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
      authorize: (credentials) => authorizeCredentials(credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.uid, name: token.name ?? "", email: token.email ?? "", role: token.role };
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (!token?.uid) return;
      await db().$transaction((tx) => recordAudit(tx, { id: token.uid, role: token.role }, { action: "SIGN_OUT", entity: "User", entityId: token.uid }));
    },
  },
};
