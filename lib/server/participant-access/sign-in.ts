import "server-only";
import { z } from "zod";
import { normaliseParticipantCode } from "@/lib/domain/participant-code";
import { parsePersonalIdentity } from "@/lib/validation/personal-identity";
import { recordAudit } from "../audit";
import { UNKNOWN_IP } from "../client-ip";
import { db, type Db } from "../db";
import { beginSignInAttempt, markSignInSucceeded } from "../sign-in-limit";
import { openSession } from "../user-sessions";
import { participantCodeHash, sameHash } from "./code";

/** Told to the sign-in form: next-auth passes an authorize error's message on, so only these leave. */
export const PARTICIPANT_RATE_LIMITED = "RATE_LIMITED";
export const PARTICIPANT_UNAVAILABLE = "UNAVAILABLE";

const printable = /^[^\u0000-\u001f\u007f]*$/;
const codeInput = z.object({ personnummer: z.string().max(20).regex(printable), kod: z.string().max(20).regex(printable) });

/**
 * The participant's sign-in with their personnummer and a code from their case officer (issue 18). Counted
 * under the same limits as a password, keyed by the personnummer, so guessing one person's code is stopped as
 * guessing one person's password is. Any wrong part answers null, and the same: nothing tells whether the
 * personnummer is known. The code is claimed in the transaction that opens the session, so it opens one.
 */
export async function authorizeParticipantCode(raw: unknown, client: Db = db(), ip: string = UNKNOWN_IP, userAgent: string | null = null) {
  const parsed = codeInput.safeParse(raw);
  if (!parsed.success) return null;
  const identity = parsePersonalIdentity(parsed.data.personnummer);
  const code = normaliseParticipantCode(parsed.data.kod);
  if (!identity) return null;
  try {
    const key = `deltagare:${identity.twelveDigits}`;
    const attempt = await beginSignInAttempt(client, key, ip);
    const participant = await client.participant.findFirst({
      where: { personalIdentityNumber: identity.twelveDigits, anonymisedAt: null },
      select: { id: true, login: { select: { id: true, active: true, name: true, email: true, role: true, sessionVersion: true } } },
    });
    const login = participant?.login?.active && participant.login.role === "DELTAGARE" ? participant.login : null;
    const tried = { entity: "User", entityId: login?.id ?? null, ip };
    if ("refused" in attempt) {
      await recordAudit(client, null, { action: "SIGN_IN_BLOCKED", ...tried, changes: { method: "deltagarkod", limit: attempt.refused } });
      throw new Error(PARTICIPANT_RATE_LIMITED);
    }
    const now = new Date();
    const open = login && code ? await client.participantSignInCode.findMany({ where: { userId: login.id, usedAt: null, expiresAt: { gt: now } }, select: { id: true, codeHash: true } }) : [];
    const match = participant && code ? open.find((c) => sameHash(c.codeHash, participantCodeHash(participant.id, code))) : undefined;
    if (!login || !match) {
      await recordAudit(client, null, { action: "SIGN_IN_FAILED", ...tried, changes: { method: "deltagarkod" } });
      return null;
    }
    const session = await client.$transaction(async (tx) => {
      const { count } = await tx.participantSignInCode.updateMany({ where: { id: match.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (count === 0) return null;
      await markSignInSucceeded(tx, attempt.id);
      await tx.user.update({ where: { id: login.id }, data: { lastSignInAt: now } });
      const opened = await openSession(tx, { userId: login.id, ip, userAgent });
      await recordAudit(tx, { id: login.id, role: "DELTAGARE" }, { action: "SIGN_IN", entity: "User", entityId: login.id, ip, changes: { sessionId: opened.id, method: "deltagarkod" } });
      return opened;
    });
    // Two sign-ins with one code at once: the one that claimed it goes in, the other is refused like a wrong code.
    if (!session) return null;
    return { id: login.id, name: login.name, email: login.email, role: login.role, sessionVersion: login.sessionVersion, sessionId: session.id };
  } catch (error) {
    if (error instanceof Error && error.message === PARTICIPANT_RATE_LIMITED) throw error;
    console.error("Deltagarens inloggning misslyckades", error);
    throw new Error(PARTICIPANT_UNAVAILABLE);
  }
}
