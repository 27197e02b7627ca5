import "server-only";
import { displayName } from "@/lib/format/participant-name";
import { recordReads } from "../audit";
import { policies, reviewScope } from "../authz";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../session-user";

const waiting = (user: SessionUser): Prisma.FollowUpWhereInput => ({ AND: [reviewScope(user), { status: "SUBMITTED" }] });

/** How many submitted follow-ups of the officer's own participants wait for review (the header's count). */
export async function countFollowUpsToReview(user: SessionUser): Promise<number> {
  if (!policies.viewCaseload(user)) return 0;
  return db().followUp.count({ where: waiting(user) });
}

/** The submitted follow-ups of the officer's own participants that wait for review, oldest first. Each participant shown is an audited read. */
export async function listFollowUpsToReview(user: SessionUser) {
  if (!policies.viewCaseload(user)) return [];
  return db().$transaction(async (tx) => {
    const rows = await tx.followUp.findMany({
      where: waiting(user),
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        date: true,
        submittedAt: true,
        hasConcern: true,
        remoteConcern: true,
        proposedStage: true,
        replacesId: true,
        placement: {
          select: {
            id: true,
            mode: true,
            provider: { select: { name: true } },
            participant: { select: { id: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true, currentStage: true } },
          },
        },
      },
    });
    await recordReads(tx, user, "Participant", [...new Set(rows.map((r) => r.placement.participant.id))], "inbox");
    return rows.map(({ placement: { participant, ...placement }, ...f }) => ({
      ...f,
      placement,
      participant: { id: participant.id, name: displayName(participant, user), currentStage: participant.currentStage },
    }));
  });
}

export type FollowUpToReview = Awaited<ReturnType<typeof listFollowUpsToReview>>[number];
