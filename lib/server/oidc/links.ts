import "server-only";
import type { OidcLink } from "@/lib/validation/oidc-link";
import type { UserCommand } from "@/lib/validation/user";
import { recordAudit } from "../audit";
import { policies, userScope } from "../authz";
import { inTransaction } from "../command";
import type { Tx } from "../db";
import { conflict, fieldError, forbidden, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";
import { revokeAllSessions } from "../user-sessions";
import { oidcConfig } from "./config";
import { unusablePasswordHash, withdrawnOneTimePassword } from "./sign-in";

export type OidcLinked = { id: string; by: "subject" | "email" };

export const OIDC_NOT_CONFIGURED = "Organisationens inloggning är inte inställd i Stegvis (OIDC_ISSUER med flera saknas).";
export const SUBJECT_TAKEN = "Det användar-id:t är redan kopplat till ett annat konto i Stegvis.";
const NOT_YOURSELF = "Det här gör en annan administratör åt dig, så att ingen av misstag kopplar sitt eget administratörskonto fel.";
const NOT_LINKED = "Kontot är inte kopplat till organisationens inloggning.";

/** The account an administrator links, in the administrator's scope and at the version the page was opened at. */
async function loadAccount(tx: Tx, admin: SessionUser, input: { userId: string; version: number }) {
  const user = await tx.user.findFirst({ where: { AND: [userScope(admin), { id: input.userId }] } });
  if (!user) return notFound();
  if (user.id === admin.id) return conflict(NOT_YOURSELF);
  if (user.version !== input.version) return conflict();
  return ok(user);
}

const linkOf = (user: { oidcIssuer: string | null; oidcSubject: string | null; oidcEmailMatchAllowed: boolean }) => ({
  issuer: user.oidcIssuer,
  subject: user.oidcSubject,
  byEmailAtNextSignIn: user.oidcEmailMatchAllowed,
});

const explainSubjectTaken = (refusal: { code: string }) => (refusal.code === "23505" ? fieldError("subject", SUBJECT_TAKEN) : null);

/**
 * Links an account to the organisation's identity provider: to the subject given, at once; or, with none, to
 * whoever next signs on there with the account's e-mail address, verified by the provider (ADR oidc-account-linking).
 * A one-time password the account still has is withdrawn when it is linked: it was only a way in for the first
 * sign-in, which single sign-on now is, and should not lie about as a second key.
 */
export async function linkOidcAccount(admin: SessionUser, input: OidcLink): Promise<Result<OidcLinked>> {
  if (!policies.manageUsers(admin)) return forbidden();
  const config = oidcConfig();
  if (!config) return conflict(OIDC_NOT_CONFIGURED);
  // Hashed before the transaction opens (tens of milliseconds), used only if the account has a one-time password.
  const unusable = input.subject ? await unusablePasswordHash() : null;
  return inTransaction(async (tx) => {
    const loaded = await loadAccount(tx, admin, input);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    const withdraw = unusable !== null && user.mustChangePassword;
    const link = input.subject
      ? { oidcIssuer: config.issuer, oidcSubject: input.subject, oidcEmailMatchAllowed: false }
      : { oidcIssuer: null, oidcSubject: null, oidcEmailMatchAllowed: true };
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      data: { ...link, version: { increment: 1 }, ...(withdraw && withdrawnOneTimePassword(unusable)) },
    });
    if (count === 0) return conflict();
    await recordAudit(tx, admin, {
      action: "UPDATE",
      entity: "User",
      entityId: user.id,
      changes: { oidcLink: { before: linkOf(user), after: linkOf(link) }, ...(withdraw && { password: "engångslösenordet återkallat" }) },
    });
    return ok({ id: user.id, by: input.subject ? "subject" : "email" });
  }, explainSubjectTaken);
}

/**
 * Removes the link (or the opening for one by e-mail). The user's sessions end too: a link is removed because it
 * was wrong or the person left, and a session opened through it should not outlive it.
 */
export async function unlinkOidcAccount(admin: SessionUser, input: UserCommand): Promise<Result<{ id: string }>> {
  if (!policies.manageUsers(admin)) return forbidden();
  return inTransaction(async (tx) => {
    const loaded = await loadAccount(tx, admin, input);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    if (!user.oidcSubject && !user.oidcEmailMatchAllowed) return conflict(NOT_LINKED);
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: user.version },
      data: { oidcIssuer: null, oidcSubject: null, oidcEmailMatchAllowed: false, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    if (count === 0) return conflict();
    const ended = await revokeAllSessions(tx, user.id);
    await recordAudit(tx, admin, { action: "UPDATE", entity: "User", entityId: user.id, changes: { oidcLink: { before: linkOf(user), after: null }, sessionsEnded: ended } });
    return ok({ id: user.id });
  });
}
