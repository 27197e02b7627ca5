// A participant's own login (role DELTAGARE), as the case officer's first sign-in code makes it, and codes to sign in with.
import { participantCodeExpiry } from "../../lib/domain/participant-code";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { newParticipantCode, participantCodeHash, participantLogin } from "../../lib/server/participant-access/code";
import type { SessionUser } from "../../lib/server/session-user";

/** The participant's own login (made if missing), as the officer's first code makes it. */
export async function participantLoginOf(db: PrismaClient, participantId: string): Promise<SessionUser> {
  const participant = await db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { id: true, caseNumber: true } });
  const login = await db.user.upsert({ where: { participantId }, create: participantLogin(participant), update: { active: true } });
  return { id: login.id, name: login.name, email: login.email, role: login.role, unitId: null, providerId: null, participantId };
}

/** A fresh sign-in code for the participant's login, as the officer's page activates it; with the personnummer to sign in with. */
export async function participantSignIn(db: PrismaClient, participantId: string): Promise<{ user: SessionUser; personnummer: string; code: string }> {
  const user = await participantLoginOf(db, participantId);
  const code = newParticipantCode();
  const officer = await db.user.findFirstOrThrow({ where: { role: "HANDLAGGARE" }, select: { id: true } });
  await db.participantSignInCode.create({ data: { userId: user.id, codeHash: participantCodeHash(participantId, code), issuedById: officer.id, expiresAt: participantCodeExpiry() } });
  const { personalIdentityNumber } = await db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { personalIdentityNumber: true } });
  return { user, personnummer: personalIdentityNumber, code };
}
