import "server-only";
import { dayToDate } from "@/lib/format/date";
import type { MilestoneInput } from "@/lib/validation/milestone";
import { recordAudit } from "./audit";
import { participantScope, policies } from "./authz";
import { inTransaction } from "./command";
import { lockParticipant } from "./row-locks";
import { forbidden, notFound, ok, type Result } from "./result";
import type { SessionUser } from "./session-user";

/**
 * Records a milestone on the participant's way to work (CV done, an interview, a next step proposed …).
 * The same milestone sent twice (a double click, a replayed form) is recorded once, as an assessment is.
 */
export async function recordMilestone(user: SessionUser, input: MilestoneInput): Promise<Result<{ id: string; participantId: string }>> {
  return inTransaction(async (tx) => {
    const participant = await tx.participant.findFirst({ where: { AND: [participantScope(user), { id: input.participantId }] }, select: { id: true, unitId: true } });
    if (!participant) return notFound();
    if (!policies.manageParticipant(user, participant)) return forbidden();
    await lockParticipant(tx, participant.id);
    const values = { participantId: participant.id, kind: input.kind, date: dayToDate(input.date), note: input.note ?? null, recordedById: user.id };
    const same = await tx.milestone.findFirst({ where: values, select: { id: true } });
    if (same) return ok({ id: same.id, participantId: participant.id });
    const created = await tx.milestone.create({
      data: values,
      select: { id: true },
    });
    await recordAudit(tx, user, { action: "CREATE", entity: "Milestone", entityId: created.id, changes: { participantId: participant.id, kind: input.kind, date: input.date } });
    return ok({ id: created.id, participantId: participant.id });
  });
}
