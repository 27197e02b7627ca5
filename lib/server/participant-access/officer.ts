import "server-only";
import { participantCodeExpiry } from "@/lib/domain/participant-code";
import type { ParticipantAccessEnding, ParticipantCodeIssue } from "@/lib/validation/participant-access";
import { recordAudit } from "../audit";
import { participantScope, policies } from "../authz";
import { inTransaction } from "../command";
import { db, type Tx } from "../db";
import { conflict, forbidden, notFound, ok, type Result } from "../result";
import { lockParticipant } from "../row-locks";
import type { SessionUser } from "../session-user";
import { closeParticipantLogins } from "./close-logins";
import { participantCodeHash, participantLogin } from "./code";

/** What the officer's case page says about the participant's own view: whether they can sign in, and when they last did. */
export async function participantAccessFor(user: SessionUser, participantId: string) {
  const participant = await db().participant.findFirst({
    where: { AND: [participantScope(user), { id: participantId }] },
    select: { id: true, unitId: true, firstName: true, lastName: true, caseNumber: true, login: { select: { active: true, lastSignInAt: true, signInCodes: { where: { usedAt: null, expiresAt: { gt: new Date() } }, select: { expiresAt: true }, orderBy: { createdAt: "desc" }, take: 1 } } } },
  });
  if (!participant || !policies.manageParticipantAccess(user, participant)) return null;
  await recordAudit(db(), user, { action: "READ", entity: "Participant", entityId: participant.id, changes: { view: "sign-in-code-page" } });
  const login = participant.login;
  return { participant: { id: participant.id, name: `${participant.firstName} ${participant.lastName}`, caseNumber: participant.caseNumber }, active: login?.active ?? false, lastSignInAt: login?.lastSignInAt ?? null, openCodeExpiresAt: login?.signInCodes[0]?.expiresAt ?? null };
}

/**
 * Makes the code the officer's page showed the one that opens the participant's own view, for
 * PARTICIPANT_CODE_HOURS and one sign-in; an earlier unused code stops working. The participant's login is
 * made on the first code, and opened again if it had been ended.
 */
export async function issueParticipantCode(user: SessionUser, input: ParticipantCodeIssue): Promise<Result<{ participantId: string; expiresAt: Date }>> {
  return inTransaction(async (tx) => {
    const participant = await tx.participant.findFirst({ where: { AND: [participantScope(user), { id: input.participantId }] }, select: { id: true, unitId: true, caseNumber: true } });
    if (!participant) return notFound();
    if (!policies.manageParticipantAccess(user, participant)) return forbidden();
    await lockParticipant(tx, participant.id);
    const login = await loginOf(tx, participant);
    const now = new Date();
    const codeHash = participantCodeHash(participant.id, input.code);
    // The same page posted twice (a double click, a reload): the first activation stands.
    if ((await tx.participantSignInCode.count({ where: { userId: login.id, codeHash } })) > 0) return conflict("Den här koden är redan aktiverad. Öppna sidan på nytt för att få en ny kod.");
    await tx.participantSignInCode.updateMany({ where: { userId: login.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const expiresAt = participantCodeExpiry(now);
    const code = await tx.participantSignInCode.create({ data: { userId: login.id, codeHash, issuedById: user.id, expiresAt }, select: { id: true } });
    // Written on the participant, so their access-log extract shows who gave them a code.
    await recordAudit(tx, user, { action: "CREATE", entity: "Participant", entityId: participant.id, changes: { view: "sign-in-code", codeId: code.id, expiresAt: expiresAt.toISOString() } });
    return ok({ participantId: participant.id, expiresAt });
  });
}

/** Ends the participant's own login: every session and open code stops at once. Ending an ended login is refused as stale. */
export async function endParticipantAccess(user: SessionUser, input: ParticipantAccessEnding): Promise<Result<{ participantId: string }>> {
  return inTransaction(async (tx) => {
    const participant = await tx.participant.findFirst({ where: { AND: [participantScope(user), { id: input.participantId }] }, select: { id: true, unitId: true, login: { select: { id: true, active: true } } } });
    if (!participant) return notFound();
    if (!policies.manageParticipantAccess(user, participant)) return forbidden();
    const login = participant.login;
    if (!login?.active) return conflict("Deltagaren har ingen inloggning att stänga. Ladda om sidan.");
    await closeParticipantLogins(tx, { id: login.id });
    await recordAudit(tx, user, { action: "UPDATE", entity: "Participant", entityId: participant.id, changes: { view: "sign-in-ended", userId: login.id } });
    return ok({ participantId: participant.id });
  });
}

/** The participant's login, made (or opened again) when needed. */
async function loginOf(tx: Tx, participant: { id: string; caseNumber: number }) {
  const existing = await tx.user.findUnique({ where: { participantId: participant.id }, select: { id: true, active: true } });
  if (existing?.active) return existing;
  if (existing) return tx.user.update({ where: { id: existing.id }, data: { active: true, version: { increment: 1 } }, select: { id: true, active: true } });
  return tx.user.create({ data: participantLogin(participant), select: { id: true, active: true } });
}
