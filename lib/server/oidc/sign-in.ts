import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { OidcRefusal } from "@/lib/domain/oidc-sign-in";
import { recordAudit } from "../audit";
import { UNKNOWN_IP } from "../client-ip";
import { db, type Db } from "../db";
import type { User } from "../generated/prisma/client";
import { hashPassword } from "../password";
import { beginSignInAttempt, markSignInSucceeded, signInKey } from "../sign-in-limit";
import { openSession } from "../user-sessions";
import { parsePersonalIdentity } from "@/lib/validation/personal-identity";

// Control characters are never part of an issuer, a subject or an address (see credentialsInput in auth.ts).
const printable = /^[^\u0000-\u001f\u007f]*$/;

/** The claims of the ID token that Stegvis reads; next-auth has checked its signature, issuer, audience and nonce. */
const idTokenClaims = z.object({
  iss: z.string().min(1).max(500).regex(printable),
  sub: z.string().min(1).max(255).regex(printable),
  email: z.string().max(254).regex(printable).optional(),
  email_verified: z.boolean().optional(),
});
type IdTokenClaims = z.output<typeof idTokenClaims>;

export type OidcSignedIn = { id: string; name: string; email: string; role: User["role"]; sessionVersion: number; sessionId: string };
export type OidcSignIn = { user: OidcSignedIn } | { refused: OidcRefusal };

type Match = { user: User; by: "subject" | "email" | "personal-number" };

/**
 * The account the claims stand for: the one linked to this issuer and subject; else, if the provider
 * vouches for the e-mail address, the one active account with it that an administrator has opened for
 * linking by e-mail and that is linked to no one yet (ADR oidc-account-linking). Never a new account.
 */
async function matchAccount(client: Db, claims: IdTokenClaims, personalNumber: string | null): Promise<Match | null> {
  const bySubject = await client.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: claims.iss, oidcSubject: claims.sub } } });
  if (bySubject) return { user: bySubject, by: "subject" };
  if (personalNumber) {
    // A participant's e-ID (ADR 0020): their own login, which their case officer has opened; never a staff account.
    const participantLogin = await client.user.findFirst({ where: { role: "DELTAGARE", participant: { personalIdentityNumber: personalNumber, anonymisedAt: null } } });
    if (participantLogin) return { user: participantLogin, by: "personal-number" };
  }
  if (!claims.email || claims.email_verified !== true) return null;
  const byEmail = await client.user.findUnique({ where: { email: signInKey(claims.email) } });
  if (!byEmail || !byEmail.active || !byEmail.oidcEmailMatchAllowed || byEmail.oidcSubject !== null) return null;
  return { user: byEmail, by: "email" };
}

/**
 * Signs in the person the organisation's identity provider vouched for, into the account linked to them,
 * with the same session row, audit event and attempt limits as a password sign-in, so every gate on a session
 * holds alike. No account is created: an unknown person is refused and the refusal logged. The provider has
 * done the authentication (its own second factor included); Stegvis decides only which account, if any.
 */
export async function authorizeOidc(raw: unknown, client: Db = db(), ip: string = UNKNOWN_IP, userAgent: string | null = null, personalNumberClaim?: string): Promise<OidcSignIn> {
  const parsed = idTokenClaims.safeParse(raw);
  const personalNumber = personalNumberClaim ? personalNumberIn(raw, personalNumberClaim) : null;
  try {
    if (!parsed.success) {
      await recordAudit(client, null, { action: "SIGN_IN_FAILED", entity: "User", ip, changes: { method: "oidc", reason: "ID-token utan läsbart subject" } });
      return { refused: "OIDC_UNKNOWN" };
    }
    const claims = parsed.data;
    const tried = { issuer: claims.iss, subject: claims.sub, method: "oidc" };
    const attempt = await beginSignInAttempt(client, signInKey(`oidc:${claims.sub}@${claims.iss}`), ip);
    if ("refused" in attempt) {
      await recordAudit(client, null, { action: "SIGN_IN_BLOCKED", entity: "User", ip, changes: { ...tried, limit: attempt.refused } });
      return { refused: "RATE_LIMITED" };
    }
    const match = await matchAccount(client, claims, personalNumber);
    if (!match) {
      await recordAudit(client, null, { action: "SIGN_IN_FAILED", entity: "User", ip, changes: { ...tried, reason: "inget kopplat konto" } });
      return { refused: "OIDC_UNKNOWN" };
    }
    const { user } = match;
    if (!user.active) {
      await recordAudit(client, null, { action: "SIGN_IN_FAILED", entity: "User", entityId: user.id, ip, changes: { ...tried, reason: "kontot är avstängt" } });
      return { refused: "OIDC_DEACTIVATED" };
    }
    // Hashed before the transaction opens (tens of milliseconds); see linkOidcAccount for why it is withdrawn.
    const withdrawn = match.by === "email" && user.mustChangePassword ? await unusablePasswordHash() : null;
    const session = await client.$transaction(async (tx) => {
      if (match.by === "email") {
        await tx.user.update({
          where: { id: user.id },
          data: { oidcIssuer: claims.iss, oidcSubject: claims.sub, oidcEmailMatchAllowed: false, version: { increment: 1 }, ...(withdrawn && withdrawnOneTimePassword(withdrawn)) },
        });
        await recordAudit(tx, user, { action: "UPDATE", entity: "User", entityId: user.id, ip, changes: { oidcLink: { issuer: claims.iss, subject: claims.sub, by: "verifierad e-post" }, ...(withdrawn && { password: "engångslösenordet återkallat" }) } });
      }
      await markSignInSucceeded(tx, attempt.id);
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
      const opened = await openSession(tx, { userId: user.id, ip, userAgent, throughOrganisation: true });
      await recordAudit(tx, user, { action: "SIGN_IN", entity: "User", entityId: user.id, ip, changes: { sessionId: opened.id, method: "oidc" } });
      return opened;
    });
    return { user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion, sessionId: session.id } };
  } catch (error) {
    console.error("Inloggningen via organisationen misslyckades", error);
    return { refused: "UNAVAILABLE" };
  }
}

/** The personnummer an e-ID vouched for, in the claim the configuration names; null when there is none that is valid. */
function personalNumberIn(raw: unknown, claim: string): string | null {
  const value = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[claim] : undefined;
  return typeof value === "string" && value.length <= 20 ? (parsePersonalIdentity(value)?.twelveDigits ?? null) : null;
}

/** A hash no one knows the password to: an account on single sign-on keeps no one-time password lying about. */
export async function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString("base64url"));
}

export const withdrawnOneTimePassword = (passwordHash: string) => ({ passwordHash, mustChangePassword: false, oneTimePasswordExpiresAt: null });
