import "server-only";
import { dayToDate } from "@/lib/format/date";
import type { AssessmentInput } from "@/lib/validation/assessment";
import { recordAudit } from "./audit";
import { participantScope, policies } from "./authz";
import { today } from "./clock";
import { inTransaction } from "./command";
import { lockParticipant } from "./row-locks";
import { fieldError, forbidden, notFound, ok, type Result } from "./result";
import type { SessionUser } from "./session-user";

/** Said when the date of an assessment lies ahead: it records a judgement already made. */
export const ASSESSMENT_IN_FUTURE = "Bedömningen kan inte ha ett datum efter i dag. Skriv dagen då du gjorde den.";

/**
 * Records an individual assessment (individuell bedömning): whether arbetsträning is still the most
 * suitable measure, made by this officer. It is what a new period of a placement rests on. The same
 * assessment sent twice (a double click, a replayed form) is recorded once: the participant's row is
 * locked, so the second finds the first and answers with it.
 */
export async function recordAssessment(user: SessionUser, input: AssessmentInput): Promise<Result<{ id: string; participantId: string }>> {
  return inTransaction(async (tx) => {
    const participant = await tx.participant.findFirst({ where: { AND: [participantScope(user), { id: input.participantId }] }, select: { id: true, unitId: true } });
    if (!participant) return notFound();
    if (!policies.manageParticipant(user, participant)) return forbidden();
    if (input.assessmentDate > today()) return fieldError("assessmentDate", ASSESSMENT_IN_FUTURE);
    await lockParticipant(tx, participant.id);
    const values = {
      participantId: participant.id,
      date: dayToDate(input.assessmentDate),
      assessedById: user.id,
      reasoning: input.assessmentReasoning,
      conclusion: input.assessmentConclusion,
      suitable: input.assessmentSuitable,
    };
    const same = await tx.individualAssessment.findFirst({ where: values, select: { id: true } });
    if (same) return ok({ id: same.id, participantId: participant.id });

    const created = await tx.individualAssessment.create({
      data: values,
      select: { id: true },
    });
    await recordAudit(tx, user, {
      action: "CREATE",
      entity: "IndividualAssessment",
      entityId: created.id,
      changes: { participantId: participant.id, date: input.assessmentDate, suitable: input.assessmentSuitable },
    });
    return ok({ id: created.id, participantId: participant.id });
  });
}
