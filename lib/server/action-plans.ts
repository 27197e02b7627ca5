import "server-only";
import type { ActionPlanInput } from "@/lib/validation/action-plan";
import { recordAudit } from "./audit";
import { participantScope, policies } from "./authz";
import { inTransaction } from "./command";
import { db } from "./db";
import { conflict, forbidden, notFound, ok, type Result } from "./result";
import type { SessionUser } from "./session-user";

/**
 * Writes the participant's action plan: the first version, or a new one over the version the form
 * was opened at. The log names the fields that changed, not their text (it may describe health).
 */
export async function saveActionPlan(user: SessionUser, input: ActionPlanInput): Promise<Result<{ participantId: string }>> {
  return inTransaction(
    async (tx) => {
      const participant = await tx.participant.findFirst({ where: { AND: [participantScope(user), { id: input.participantId }] }, select: { id: true, unitId: true } });
      if (!participant) return notFound();
      if (!policies.manageParticipant(user, participant)) return forbidden();
      const plan = { goals: input.goals, competenceAnalysis: input.competenceAnalysis, supportNeeds: input.supportNeeds ?? null, updatedById: user.id };
      const existing = await tx.actionPlan.findUnique({ where: { participantId: participant.id } });

      if (!existing) {
        if (input.version !== 0) return conflict();
        const created = await tx.actionPlan.create({ data: { ...plan, participantId: participant.id }, select: { id: true } });
        await recordAudit(tx, user, { action: "CREATE", entity: "ActionPlan", entityId: created.id, changes: { participantId: participant.id } });
        return ok({ participantId: participant.id });
      }

      const { count } = await tx.actionPlan.updateMany({ where: { id: existing.id, version: input.version }, data: { ...plan, version: { increment: 1 } } });
      if (count === 0) return conflict();
      const changed = (["goals", "competenceAnalysis", "supportNeeds"] as const).filter((field) => (existing[field] ?? null) !== plan[field]);
      await recordAudit(tx, user, { action: "UPDATE", entity: "ActionPlan", entityId: existing.id, changes: { participantId: participant.id, changed } });
      return ok({ participantId: participant.id });
    },
    // Two officers writing the first plan at once: the second is told to reload.
    (refusal) => (refusal.code === "23505" ? conflict() : null),
  );
}

/** The participant's name and current plan for the plan's form; null when out of scope. The read is audited. */
export async function getActionPlanForEdit(user: SessionUser, participantId: string) {
  return db().$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { AND: [participantScope(user), { id: participantId }] },
      select: { id: true, unitId: true, firstName: true, lastName: true, actionPlan: { select: { goals: true, competenceAnalysis: true, supportNeeds: true, version: true } } },
    });
    if (!participant || !policies.manageParticipant(user, participant)) return null;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: participant.id, changes: { view: "action-plan-form" } });
    return participant;
  });
}
