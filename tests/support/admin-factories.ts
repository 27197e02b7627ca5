// Builders for the admin, session and audit-search tests.
import { randomInt } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { totpCode, totpStep } from "../../lib/domain/second-factor";
import { authOptions, authorizeCredentials, sessionForToken } from "../../lib/server/auth";
import { confirmEnrolment, verifySecondFactor } from "../../lib/server/second-factor";
import type { PendingSignIn } from "../../lib/server/session";
import { knownTotpSecret } from "../../prisma/demo-second-factor";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";

/** An address of a client of its own, so tests never share a per-IP sign-in count. */
export const someIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export const EXPIRES = new Date(Date.now() + 3_600_000).toISOString();

/** What next-auth does at sign-in: authorize, then the jwt callback turns the user into the cookie's token. */
export async function passwordOnlyToken(db: PrismaClient, credentials: { email: string; password: string }, ip = someIp(), userAgent: string | null = null): Promise<JWT> {
  const user = await authorizeCredentials(credentials, db, ip, userAgent);
  if (!user) throw new Error("sign-in refused");
  return (await authOptions.callbacks!.jwt!({ token: { name: user.name, email: user.email } as JWT, user, account: null })) as JWT;
}

/** The session held at the second factor that a token stands for, as the code pages see it; null when it is open. */
export async function pendingOf(db: PrismaClient, token: JWT, ip = someIp()): Promise<PendingSignIn | null> {
  const session = await sessionForToken(token, EXPIRES, db);
  return session?.secondFactor ? { ...session.secondFactor, ip } : null;
}

/**
 * A whole sign-in: the password, then (for a role that needs it) the code from the account's known secret
 * (tests/support/factories.ts sets it up). The code is of the step after the last one used, and the clock is
 * passed as that step's time, so one account signs in as often as a test wants, without waiting.
 */
export async function signInToken(db: PrismaClient, credentials: { email: string; password: string }, ip = someIp(), userAgent: string | null = null): Promise<JWT> {
  const token = await passwordOnlyToken(db, credentials, ip, userAgent);
  const pending = await pendingOf(db, token, ip);
  if (!pending) return token;
  const secret = knownTotpSecret(pending.email);
  const credential = await db.totpCredential.findUnique({ where: { userId: pending.userId }, select: { lastUsedStep: true } });
  const step = Math.max(totpStep(new Date()), (credential?.lastUsedStep ?? 0) + 1);
  const code = totpCode(secret, step);
  const at = new Date(step * 30_000);
  const result = pending.step === "enrol" ? await confirmEnrolment(pending, { secret, code }, at) : await verifySecondFactor(pending, { code }, at);
  if (!result.ok) throw new Error(`second factor refused: ${JSON.stringify(result)}`);
  return token;
}
