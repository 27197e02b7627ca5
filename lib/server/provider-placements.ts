import "server-only";
import { displayName } from "@/lib/format/participant-name";
import { recordReads } from "./audit";
import { placementScope, policies, ForbiddenError } from "./authz";
import { db } from "./db";
import type { SessionUser } from "./session-user";

/**
 * The provider's current placements with their latest follow-up; the read is audited. The participant
 * leaves this module as an id and a display name only (initials and case number when the identity is
 * protected), never with a personnummer.
 */
export async function listProviderPlacements(user: SessionUser) {
  if (!policies.viewOwnPlacements(user)) throw new ForbiddenError("viewOwnPlacements");
  return db().$transaction(async (tx) => {
    const placements = await tx.placement.findMany({
      where: { AND: [placementScope(user), { status: { in: ["PLANNED", "ACTIVE"] } }] },
      orderBy: { plannedEndDate: "asc" },
      select: {
        id: true,
        kind: true,
        mode: true,
        decisionDate: true,
        startDate: true,
        plannedEndDate: true,
        participant: { select: { id: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true } },
        supervisor: { select: { name: true } },
        followUps: { where: { status: { not: "DRAFT" } }, orderBy: { date: "desc" }, take: 1, select: { date: true } },
      },
    });
    await recordReads(tx, user, "Participant", placements.map((p) => p.participant.id), "provider-placements");
    return placements.map(({ participant, ...placement }) => ({ ...placement, participant: { id: participant.id, name: displayName(participant, user) } }));
  });
}
