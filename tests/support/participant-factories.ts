// A participant's own login (role DELTAGARE), as the case officer's "open the participant's login" makes it.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import type { SessionUser } from "../../lib/server/session-user";

/** The login that opens `participantId`'s own view: no unit, no provider (a database check), placeholders for name and address. */
export async function createParticipantLogin(db: PrismaClient, participantId: string): Promise<SessionUser> {
  const { caseNumber } = await db.participant.findUniqueOrThrow({ where: { id: participantId }, select: { caseNumber: true } });
  const user = await db.user.create({
    data: {
      role: "DELTAGARE",
      participantId,
      name: `Deltagare, ärende ${caseNumber}`,
      email: `deltagare-${randomUUID()}@deltagare.stegvis.invalid`,
      passwordHash: "!",
      unitId: null,
      providerId: null,
    },
  });
  return { id: user.id, name: user.name, email: user.email, role: user.role, unitId: null, providerId: null, participantId };
}
