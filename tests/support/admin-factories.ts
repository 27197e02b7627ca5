// Builders for the admin, session and audit-search tests.
import { randomInt } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { authOptions, authorizeCredentials } from "../../lib/server/auth";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";

/** An address of a client of its own, so tests never share a per-IP sign-in count. */
export const someIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export const EXPIRES = new Date(Date.now() + 3_600_000).toISOString();

/** What next-auth does at sign-in: authorize, then the jwt callback turns the user into the cookie's token. */
export async function signInToken(db: PrismaClient, credentials: { email: string; password: string }, ip = someIp(), userAgent: string | null = null): Promise<JWT> {
  const user = await authorizeCredentials(credentials, db, ip, userAgent);
  if (!user) throw new Error("sign-in refused");
  return (await authOptions.callbacks!.jwt!({ token: { name: user.name, email: user.email } as JWT, user, account: null })) as JWT;
}
