import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./auth";
import { policies, type PolicyName } from "./authz";
import { db } from "./db";
import { sessionHasExpired } from "./session-lifetime";
import type { SessionUser } from "./session-user";

/**
 * The signed-in user, re-read from the database so that a deactivated account stops at once; null when
 * signed out or when the working day is over. Cached per request: the header and the page share it.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || sessionHasExpired(session.user.signedInAt)) return null;
  const user = await db().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, unitId: true, providerId: true, active: true },
  });
  if (!user?.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId, providerId: user.providerId };
});

/** The signed-in user, or a redirect to sign-in that comes back to `returnTo`. */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/logga-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Policies that decide a whole page, with no resource to look at. */
type PagePolicy = Extract<PolicyName, "viewCaseload" | "registerParticipant" | "viewProviders" | "registerProvider" | "viewOwnPlacements" | "viewDashboard" | "manageUsers">;

/** The signed-in user when `policy` allows them; a 403 page otherwise. */
export async function requirePolicy(policy: PagePolicy, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!policies[policy](user)) forbidden();
  return user;
}
