import "server-only";
import { getServerSession, type Session } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { recordAudit } from "./audit";
import { authOptions } from "./auth";
import { policies, type PolicyName } from "./authz";
import { requestIp } from "./client-ip";
import { db } from "./db";
import type { SessionUser } from "./session-user";

/**
 * The signed-in user, re-read from the database (by the session callback, `sessionForToken`) so that a
 * deactivated account or a signed-out session stops at once; null when signed out or when the working
 * day is over. Cached per request: the header and the page share it. It carries the request's client
 * address, so every audit event written for the user (lib/server/audit.ts) says where they were.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await requestSession();
  if (!session?.user?.id) return null;
  const { id, name, email, role, unitId, providerId, participantId, sessionId, mustChangePassword } = session.user;
  return { id, name, email, role, unitId, providerId, participantId, sessionId, mustChangePassword, ip: await requestIp() };
});

/** The request's session as next-auth reads it (through `sessionForToken`), once per request. */
const requestSession = cache(async () => {
  const session = await getServerSession(authOptions);
  if (session?.unavailable) throw new Error("Inloggningen kunde inte kontrolleras: databasen svarar inte.");
  return session;
});

/** A session opened by the password alone, held at the second factor: it may use only the second factor's pages and sign out. */
export type PendingSignIn = NonNullable<Session["secondFactor"]> & { ip: string };

/** The request's session when it waits for the second factor; null when signed out or signed in. */
export const pendingSignIn = cache(async (): Promise<PendingSignIn | null> => {
  const pending = (await requestSession())?.secondFactor;
  return pending ? { ...pending, ip: await requestIp() } : null;
});

/** Where a session opened by the password alone goes: a code from the app, or first setting the app up. */
export const SECOND_FACTOR_PAGES = { verify: "/tvastegsverifiering", enrol: "/tvastegsverifiering/aktivera" } as const;

/** Where a user whose password was reset by an administrator is sent until they have chosen a new one. */
export const CHANGE_PASSWORD_PAGE = "/byt-losenord";

/** The signed-in user, even one who must change their password first; else a redirect to sign-in. */
export async function requireSignedIn(returnTo = "/"): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  const pending = await pendingSignIn();
  redirect(`${pending ? SECOND_FACTOR_PAGES[pending.step] : "/logga-in"}?callbackUrl=${encodeURIComponent(returnTo)}`);
}

/**
 * The signed-in user, or a redirect to sign-in that comes back to `returnTo`; a user who must change
 * their password is sent to do that first, from every page.
 */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await requireSignedIn(returnTo);
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PAGE);
  return user;
}

/** Policies that decide a whole page, with no resource to look at. */
type PagePolicy = Extract<
  PolicyName,
  "viewCaseload" | "registerParticipant" | "viewProviders" | "registerProvider" | "viewOwnPlacements" | "viewDashboard" | "manageUsers" | "runRetention" | "searchAuditLog" | "manageApiKeys" | "manageOwnNotices" | "followUpAccessReviews" | "manageOwnAccount" | "viewOwnCase"
>;

/** The signed-in user when `policy` allows them; a 403 page otherwise. */
export async function requirePolicy(policy: PagePolicy, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!policies[policy](user)) await refuseAccess(user, { entity: "Page", entityId: returnTo, changes: { policy } });
  return user;
}

/** Answers 403 and logs the refusal: what was asked for, by whom, from where. */
export async function refuseAccess(user: SessionUser, asked: { entity: string; entityId?: string; changes?: Record<string, string> }): Promise<never> {
  await recordAudit(db(), user, { action: "ACCESS_DENIED", ...asked });
  forbidden();
}

/** The held session at `step`, for the second factor's own pages; anyone else goes where they belong. */
export async function requireSecondFactorStep(step: PendingSignIn["step"], returnTo: string): Promise<PendingSignIn> {
  const pending = await pendingSignIn();
  if (pending?.step === step) return pending;
  const query = `?callbackUrl=${encodeURIComponent(returnTo)}`;
  if (pending) redirect(`${SECOND_FACTOR_PAGES[pending.step]}${query}`);
  redirect((await currentUser()) ? returnTo : `/logga-in${query}`);
}
