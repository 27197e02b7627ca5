import "server-only";
import { recordAudit } from "./audit";
import { participantScope, policies, ForbiddenError } from "./authz";
import { db } from "./db";
import type { SessionUser } from "./session-user";

/** The case officer's own participants with their current placement; the read is audited. */
export async function listCaseload(user: SessionUser) {
  if (!policies.viewCaseload(user)) throw new ForbiddenError("viewCaseload");
  return db().$transaction(async (tx) => {
    const participants = await tx.participant.findMany({
      where: { AND: [participantScope(user), { responsibleOfficerId: user.id }] },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      select: {
        id: true,
        personalIdentityNumber: true,
        firstName: true,
        lastName: true,
        programme: true,
        currentStage: true,
        protectedIdentity: true,
        placements: {
          where: { status: { in: ["PLANNED", "ACTIVE"] } },
          orderBy: { startDate: "desc" },
          take: 1,
          select: { id: true, kind: true, plannedEndDate: true, provider: { select: { name: true } } },
        },
      },
    });
    await recordAudit(tx, user, { action: "READ", entity: "Participant", changes: { view: "caseload", ids: participants.map((p) => p.id) } });
    return participants;
  });
}
