import "server-only";
import { recordAudit } from "./audit";
import { participantScope, policies } from "./authz";
import { db } from "./db";
import type { SessionUser } from "./session-user";

/**
 * One participant's case, as the participant's page shows it; null when this user's scope does not
 * hold it (not found, never forbidden). The read is audited in the same transaction.
 */
export async function getParticipantCase(user: SessionUser, participantId: string) {
  return db().$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { AND: [participantScope(user), { id: participantId }] },
      include: {
        unit: { select: { name: true } },
        responsibleOfficer: { select: { id: true, name: true } },
      },
    });
    if (!participant || !policies.readParticipant(user, participant)) return null;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: participant.id, changes: { view: "participant-case" } });
    return participant;
  });
}
