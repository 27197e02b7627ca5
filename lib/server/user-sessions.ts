import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "./audit";
import { db, type Db, type Tx } from "./db";
import { SESSION_IDLE_LIMIT_MS, SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import type { SessionUser } from "./session-user";
import { inTransaction } from "./command";
import type { SessionEnding } from "@/lib/validation/user";
import { reauthenticate } from "./reauthenticate";
import { policies } from "./authz";
import { conflict, forbidden, notFound, ok, type Result } from "./result";
import { markSignInSucceeded } from "./sign-in-limit";

/** How stale `lastSeenAt` may get before a request writes it again: one write a minute, not one a request. */
export const LAST_SEEN_EVERY_MS = 60_000;

type Writer = Pick<Tx, "userSession">;

/** A new session row for a sign-in; its id goes into the session token. */
export function openSession(client: Writer, session: { userId: string; ip: string; userAgent: string | null; secondFactorPending?: boolean; throughOrganisation?: boolean }) {
  const { userId, ip, userAgent, secondFactorPending, throughOrganisation } = session;
  return client.userSession.create({ data: { id: randomUUID(), userId, ip, userAgent: userAgent?.slice(0, 400) ?? null, secondFactorPending, throughOrganisation } });
}

/** Notes that the session was used, unless that was noted less than a minute ago. */
export async function touchSession(client: Db, session: { id: string; lastSeenAt: Date }, now = new Date()): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < LAST_SEEN_EVERY_MS) return;
  await client.userSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { lastSeenAt: now } });
}

/** Ends every open session of a user (deactivation, a password reset, an administrator's "end all"). */
export async function revokeAllSessions(tx: Writer, userId: string, now = new Date()): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}

/** Sessions not ended, used within the hour, whose working day is not over: the ones a stolen cookie could still use. */
export const openSessionsWhere = (userId: string, now = new Date()) => ({
  userId,
  revokedAt: null,
  createdAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) },
  lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_LIMIT_MS) },
});

const SHOWN = { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true } as const;

/** The user's own open sessions, newest first; the one this request came with is marked. */
export async function listOwnSessions(user: SessionUser) {
  const sessions = await db().userSession.findMany({ where: openSessionsWhere(user.id), orderBy: { createdAt: "desc" }, select: SHOWN });
  return sessions.map((session) => ({ ...session, current: session.id === user.sessionId }));
}

/**
 * Ends one of the user's own other sessions (signed in on another computer, say), or all of them when
 * none is named, once the user has typed their password again. Another user's session id is not
 * found; this request's own session is ended by signing out.
 */
export async function endOwnSessions(user: SessionUser, input: SessionEnding): Promise<Result<{ ended: number }>> {
  if (!policies.manageOwnAccount(user)) return forbidden();
  if (input.sessionId && input.sessionId === user.sessionId) return conflict("Det här är sessionen du använder nu. Logga ut för att avsluta den.");
  const proven = await reauthenticate(user, input.password, "password", "end-sessions");
  if ("ok" in proven) return proven;
  return inTransaction(async (tx) => {
    await markSignInSucceeded(tx, proven.attemptId);
    const which = input.sessionId ? { id: input.sessionId } : user.sessionId ? { id: { not: user.sessionId } } : {};
    const { count } = await tx.userSession.updateMany({ where: { userId: user.id, revokedAt: null, ...which }, data: { revokedAt: new Date() } });
    if (input.sessionId && count === 0) return notFound();
    if (count > 0) {
      await recordAudit(tx, user, {
        action: "SIGN_OUT",
        entity: input.sessionId ? "UserSession" : "User",
        entityId: input.sessionId ?? user.id,
        changes: { endedBy: "user", sessions: count, kept: user.sessionId ?? null },
      });
    }
    return ok({ ended: count });
  });
}
