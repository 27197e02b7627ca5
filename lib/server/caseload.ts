import "server-only";
import { recordReads } from "./audit";
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
          select: { id: true, kind: true, status: true, startDate: true, plannedEndDate: true, provider: { select: { name: true } } },
        },
      },
    });
    await recordReads(tx, user, "Participant", participants.map((p) => p.id), "caseload");
    return participants;
  });
}
