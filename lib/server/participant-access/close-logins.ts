// Not "server-only": gallring (lib/server/data-protection/retention.ts) runs from a script too.
import type { PrismaClient } from "../generated/prisma/client";

type Writer = Pick<PrismaClient, "user" | "userSession" | "participantSignInCode">;

/**
 * Closes participants' own logins (Mina sidor), whether an officer ends one or gallring takes the person: each is
 * deactivated, every session ends, every open code expires. Returns how many were open.
 */
export async function closeParticipantLogins(tx: Writer, where: { id: string } | { participantId: { in: string[] } }, now = new Date()): Promise<number> {
  const logins = { ...where, role: "DELTAGARE" as const };
  const { count } = await tx.user.updateMany({ where: { ...logins, active: true }, data: { active: false, sessionVersion: { increment: 1 }, version: { increment: 1 } } });
  await tx.userSession.updateMany({ where: { user: logins, revokedAt: null }, data: { revokedAt: now } });
  await tx.participantSignInCode.updateMany({ where: { user: logins, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  return count;
}
