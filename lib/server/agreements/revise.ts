import "server-only";
import { dayToDate } from "@/lib/format/date";
import { recordAudit } from "../audit";
import { today } from "../clock";
import type { Tx } from "../db";
import type { SessionUser } from "../session-user";
import { placementSnapshot } from "./snapshot";
import { versionsOf } from "./state";

/** A change decided through the placement's own forms (or an accepted proposal) that the agreement must follow. */
export type PlacementChangeForAgreement = { kind: "EXTEND" | "SHORTEN" | "START" | "TASKS_AND_HOURS"; reason: string | null; effectiveFrom?: string };

/**
 * Keeps the agreement in step with a placement change, inside the change's own transaction. A draft takes
 * the new period (and tasks and hours) as it is; a sent or binding agreement gets a new version, sent for
 * approval at once, since the change is decided: the parties approve it again (lib/rules' requiredParties).
 * A placement without an agreement has nothing to follow.
 */
export async function reviseAgreementIn(tx: Tx, user: SessionUser, placementId: string, change: PlacementChangeForAgreement): Promise<void> {
  const latest = (await versionsOf(tx, placementId)).at(-1);
  if (!latest) return;
  const snapshot = await placementSnapshot(tx, placementId);
  const { defaults, ...facts } = snapshot;
  const terms = change.kind === "TASKS_AND_HOURS" ? { tasks: defaults.tasks, hoursPerWeek: defaults.hoursPerWeek } : {};
  if (latest.sentOn === null) {
    await tx.agreementVersion.update({ where: { id: latest.id }, data: { ...facts, ...terms, ...(latest.number === 1 && { effectiveFrom: facts.startDate }), version: { increment: 1 } } });
    await recordAudit(tx, user, { action: "UPDATE", entity: "AgreementVersion", entityId: latest.id, changes: { placementId, number: latest.number, followsPlacement: change.kind } });
    return;
  }
  const day = today();
  const created = await tx.agreementVersion.create({
    data: {
      placementId,
      number: latest.number + 1,
      changeKind: change.kind,
      changeReason: change.reason,
      effectiveFrom: dayToDate(change.effectiveFrom ?? day),
      purpose: latest.purpose,
      goals: latest.goals ?? [],
      tasks: latest.tasks,
      schedule: latest.schedule,
      hoursPerWeek: latest.hoursPerWeek,
      followUpPlan: latest.followUpPlan,
      otherContacts: latest.otherContacts,
      ...facts,
      ...terms,
      sentOn: dayToDate(day),
      sentById: user.id,
      createdById: user.id,
    },
    select: { id: true },
  });
  await recordAudit(tx, user, {
    action: "CREATE",
    entity: "AgreementVersion",
    entityId: created.id,
    changes: { placementId, number: latest.number + 1, changeKind: change.kind, sentOn: day, followsPlacement: change.kind },
  });
}
