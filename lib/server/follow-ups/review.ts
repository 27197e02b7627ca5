import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import { STAGE_LABELS, stageDirection } from "@/lib/rules";
import type { FollowUpReview } from "@/lib/validation/follow-up";
import { recordAudit } from "../audit";
import { officerFollowUpScope, policies } from "../authz";
import { today } from "../clock";
import { inTransaction } from "../command";
import { conflict, fieldError, forbidden, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";

type Reviewed = { id: string; participantId: string };

/**
 * The case officer's review of a submitted follow-up: accept the proposed stage, set another (each a
 * dated stage assessment linked to the follow-up, and the participant's current stage follows), or
 * mark it reviewed without a change. One transaction; a stale or repeated review is refused.
 */
export async function reviewFollowUp(user: SessionUser, input: FollowUpReview): Promise<Result<Reviewed>> {
  return inTransaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({
      where: { AND: [officerFollowUpScope(user), { id: input.followUpId }, { status: { not: "DRAFT" } }] },
      include: { placement: { select: { participant: { select: { id: true, unitId: true, currentStage: true } } } } },
    });
    if (!followUp) return notFound();
    const participant = followUp.placement.participant;
    if (!policies.reviewFollowUp(user, participant)) return forbidden();
    if (followUp.version !== input.version) return conflict();
    if (followUp.status === "REVIEWED") return conflict("Uppföljningen är redan granskad.");
    if (followUp.status === "SUPERSEDED") return conflict("Uppföljningen har ersatts av en rättelse från anordnaren. Granska den nya versionen.");

    const { count } = await tx.followUp.updateMany({
      where: { id: followUp.id, version: input.version, status: "SUBMITTED" },
      data: { status: "REVIEWED", reviewedById: user.id, reviewedAt: new Date(), version: { increment: 1 } },
    });
    if (count !== 1) return conflict();

    let assessed: { stage: string; date: string; direction: string } | null = null;
    if (input.decision !== "NONE") {
      const stage = input.decision === "ACCEPT" ? followUp.proposedStage : input.stage!;
      if (!stage) return fieldError("decision", "Anordnaren föreslog inget steg. Välj ”Sätt ett annat steg” och välj steget.");
      const date = input.date!;
      const [day, followUpDay] = [today(), isoDay(followUp.date)];
      if (date > day) return fieldError("date", `Stegbedömningen kan inte dateras i framtiden (i dag är det ${day}).`);
      if (date < followUpDay) return fieldError("date", `Stegbedömningen kan inte ligga före uppföljningens datum ${followUpDay}.`);
      const assessment = await tx.stageAssessment.create({
        data: { participantId: participant.id, stage, date: dayToDate(date), assessedById: user.id, reason: input.reason!, followUpId: followUp.id },
        select: { id: true },
      });
      // The current stage is the newest assessment's, which an assessment dated back may not be.
      const newest = await tx.stageAssessment.findFirstOrThrow({ where: { participantId: participant.id }, orderBy: [{ date: "desc" }, { createdAt: "desc" }], select: { stage: true } });
      await tx.participant.update({ where: { id: participant.id }, data: { currentStage: newest.stage } });
      assessed = { stage, date, direction: stageDirection(participant.currentStage, stage) };
      await recordAudit(tx, user, {
        action: "CREATE",
        entity: "StageAssessment",
        entityId: assessment.id,
        changes: { participantId: participant.id, followUpId: followUp.id, stage, label: STAGE_LABELS[stage], date },
      });
      if (newest.stage !== participant.currentStage) {
        await recordAudit(tx, user, { action: "UPDATE", entity: "Participant", entityId: participant.id, changes: { currentStage: { before: participant.currentStage, after: newest.stage } } });
      }
    }
    await recordAudit(tx, user, {
      action: "UPDATE",
      entity: "FollowUp",
      entityId: followUp.id,
      changes: { status: { before: "SUBMITTED", after: "REVIEWED" }, decision: input.decision, ...(assessed && { stageAssessment: assessed }) },
    });
    return ok({ id: followUp.id, participantId: participant.id });
  });
}
