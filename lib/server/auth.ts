import "server-only";
import type { NextAuthOptions, Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { oneTimePasswordHasExpired } from "@/lib/domain/one-time-password";
import { requiresSecondFactor, secondFactorStep } from "@/lib/domain/second-factor";
import { isUuid } from "@/lib/validation/fields";
import { recordAudit } from "./audit";
import { clientIp, requestIp, UNKNOWN_IP } from "./client-ip";
import { db, type Db } from "./db";
import type { Role } from "./generated/prisma/enums";
import { OIDC_PROVIDER_ID } from "./oidc/config";
import { oidcProviders, signInWithOidc } from "./oidc/provider";
import { authorizeParticipantCode } from "./participant-access/sign-in";
import { PARTICIPANT_CODE_PROVIDER_ID } from "@/lib/domain/participant-code";
import { hashPassword, verifyPassword } from "./password";
import { sessionHasExpired, sessionIsIdle, SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import { beginSignInAttempt, markSignInSucceeded, signInKey } from "./sign-in-limit";
import { openSession, touchSession } from "./user-sessions";

/** Told to the sign-in form (next-auth passes an authorize error's message on, so only these leave). */
export const RATE_LIMITED = "RATE_LIMITED";
export const UNAVAILABLE = "UNAVAILABLE";
/** Only said after the right password: the one-time password is right but too old to open the account. */
export const ONE_TIME_PASSWORD_EXPIRED = "ONE_TIME_PASSWORD_EXPIRED";

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
export async function authorizeCredentials(raw: unknown, client: Db = db(), ip: string = UNKNOWN_IP, userAgent: string | null = null) {
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
    // A participant's login opens with a code from their officer or their e-ID, never a password.
    if (!user || !user.active || !passwordOk || user.role === "DELTAGARE") {
      await recordAudit(client, null, { action: "SIGN_IN_FAILED", ...tried, changes: { email } });
      return null;
    }
    if (oneTimePasswordHasExpired(user)) {
      await recordAudit(client, null, { action: "SIGN_IN_FAILED", ...tried, changes: { email, reason: "engångslösenordet har gått ut" } });
      throw new Error(ONE_TIME_PASSWORD_EXPIRED);
    }
    // With a second factor the password alone opens a held session, and its attempt counts neither way: not as
    // a failure (the password was right), nor as a success, which would restart the count of wrong codes.
    const enrolled = (await client.totpCredential.count({ where: { userId: user.id } })) > 0;
    const secondFactorPending = enrolled || requiresSecondFactor(user.role);
    const session = await client.$transaction(async (tx) => {
      if (secondFactorPending) await tx.signInAttempt.delete({ where: { id: attempt.id } });
      else await markSignInSucceeded(tx, attempt.id);
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
      const opened = await openSession(tx, { userId: user.id, ip, userAgent, secondFactorPending });
      await recordAudit(tx, user, { action: "SIGN_IN", entity: "User", entityId: user.id, ip, changes: { sessionId: opened.id, ...(secondFactorPending && { secondFactor: "väntar" }) } });
      return opened;
    });
    return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion, sessionId: session.id };
  } catch (error) {
    if (error instanceof Error && (error.message === RATE_LIMITED || error.message === ONE_TIME_PASSWORD_EXPIRED)) throw error;
    // Database details stay in the server log; next-auth would put the message in the redirect URL.
    console.error("Inloggningen misslyckades", error);
    throw new Error(UNAVAILABLE);
  }
}

/**
 * The session a token stands for, read afresh from the database: none once the working day is over,
 * an hour has passed without a request, the account is deactivated, its sessions were all ended (the user's session version was raised), or
 * this session was signed out or ended from another one (its row is revoked), so a copied cookie dies
 * with it. A token from before session rows existed carries no session id and opens nothing.
 */
export async function sessionForToken(token: Pick<JWT, "uid" | "signedInAt" | "sessionVersion" | "sid">, expires: string, client: Db = db()): Promise<Session | null> {
  if (!token.uid || !token.sid || !isUuid(token.sid) || sessionHasExpired(token.signedInAt)) return null;
  const session = await readSession(client, token.sid);
  if (!session || session.revokedAt || session.userId !== token.uid || sessionIsIdle(session.lastSeenAt)) return null;
  if (!session.active || session.sessionVersion !== token.sessionVersion || oneTimePasswordHasExpired(session)) return null;
  await touchSession(client, session);
  const { userId: id, name, email, role, unitId, providerId, participantId, mustChangePassword } = session;
  // A session held at the second factor carries no user: everything that asks for one sees nobody signed in.
  const step = secondFactorStep({ role, enrolled: session.totpEnrolled, sessionPending: session.secondFactorPending, throughOrganisation: session.throughOrganisation });
  if (step) return { secondFactor: { step, userId: id, sessionId: session.id, name, email, role }, expires } as Session;
  return { user: { id, name, email, role, unitId, providerId, participantId, mustChangePassword, sessionId: session.id, signedInAt: token.signedInAt }, expires };
}

type SessionRow = {
  id: string;
  userId: string;
  revokedAt: Date | null;
  lastSeenAt: Date;
  name: string;
  email: string;
  role: Role;
  unitId: string | null;
  providerId: string | null;
  participantId: string | null;
  active: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  oneTimePasswordExpiresAt: Date | null;
  secondFactorPending: boolean;
  throughOrganisation: boolean;
  totpEnrolled: boolean;
};

/**
 * The session row with its user, in one statement: every request reads it (twice for a form whose answer renders
 * the page it leads to), and Prisma would read the user in a second round trip.
 */
async function readSession(client: Db, sessionId: string): Promise<SessionRow | null> {
  const [row] = await client.$queryRaw<SessionRow[]>`
    SELECT s."id", s."userId", s."revokedAt", s."lastSeenAt", u."name", u."email", u."role"::text AS "role", u."unitId", u."providerId", u."participantId",
           u."active", u."sessionVersion", u."mustChangePassword", u."oneTimePasswordExpiresAt",
           s."secondFactorPending", s."throughOrganisation", c."userId" IS NOT NULL AS "totpEnrolled"
      FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" LEFT JOIN "TotpCredential" c ON c."userId" = u."id"
     WHERE s."id" = ${sessionId}::uuid`;
  return row ?? null;
}

/**
 * Ends the token's session, unless it had ended already (a stale copy of a cookie cannot sign out
 * again, nor fill the log). The user's other sessions go on; they can be ended from /mina-sessioner.
 */
export async function endSession(token: Pick<JWT, "uid" | "role" | "sid">, client: Db = db(), ip: string = UNKNOWN_IP): Promise<void> {
  if (!token.uid || !token.sid) return;
  await client.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({ where: { id: token.sid, userId: token.uid, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 1) await recordAudit(tx, { id: token.uid, role: token.role }, { action: "SIGN_OUT", entity: "User", entityId: token.uid, ip, changes: { sessionId: token.sid } });
  });
}

function userAgentOf(headers: Record<string, unknown>): string | null {
  const value = headers["user-agent"];
  return typeof value === "string" ? value : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/logga-in", error: "/logga-in" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Lösenord", type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, db(), clientIp(req.headers ?? {}), userAgentOf(req.headers ?? {})),
    }),
    CredentialsProvider({
      id: PARTICIPANT_CODE_PROVIDER_ID,
      name: "Personnummer och kod från handläggaren",
      credentials: { personnummer: { label: "Personnummer", type: "text" }, kod: { label: "Kod", type: "text" } },
      authorize: (credentials, req) => authorizeParticipantCode(credentials, db(), clientIp(req.headers ?? {}), userAgentOf(req.headers ?? {})),
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    signIn: ({ user, account, profile }) => (account?.provider === OIDC_PROVIDER_ID ? signInWithOidc(user, profile) : true),
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.sid = user.sessionId;
        token.signedInAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    // An ended session answers an empty object: /api/auth/session shows nothing, getServerSession gives null.
    // next-auth swallows a callback's error and answers "signed out"; a database outage must not look like
    // that (it would send everyone to sign-in), so it is answered with a marker that currentUser throws on.
    async session({ session, token }) {
      try {
        return (await sessionForToken(token, session.expires)) ?? ({} as Session);
      } catch (error) {
        console.error("Inloggningen kunde inte kontrolleras", error);
        return { unavailable: true } as Session;
      }
    },
  },
  events: {
    async signOut({ token }) {
      if (token) await endSession(token, db(), await requestIp());
    },
  },
};
