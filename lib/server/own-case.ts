import "server-only";
import { isoDay } from "@/lib/format/date";
import { placementStatusOn } from "@/lib/rules";
import { recordAudit } from "./audit";
import { ownParticipantScope, ownPlacementScope, policies } from "./authz";
import { agreementSummary } from "./agreements/read";
import { today } from "./clock";
import { db } from "./db";
import type { SessionUser } from "./session-user";

/** A follow-up the participant sees: sent to the officer, and not replaced by a correction. */
const SHOWN_FOLLOW_UP = { status: { in: ["SUBMITTED" as const, "REVIEWED" as const] } };

const PLACEMENT = {
  id: true,
  kind: true,
  mode: true,
  status: true,
  startDate: true,
  plannedEndDate: true,
  actualEndDate: true,
  hoursPerWeek: true,
  tasks: true,
  goals: true,
  nextFollowUpDueOn: true,
  provider: { select: { name: true } },
  supervisor: { select: { name: true, phone: true, email: true } },
} as const;

type PlacementRow = { status: "PLANNED" | "ACTIVE" | "ENDED" | "CANCELLED"; startDate: Date; plannedEndDate: Date; actualEndDate: Date | null; nextFollowUpDueOn: Date | null };

function placementDates(p: PlacementRow) {
  const startDate = isoDay(p.startDate);
  const endDate = isoDay(p.actualEndDate ?? p.plannedEndDate);
  return { startDate, endDate, nextFollowUpDueOn: p.nextFollowUpDueOn ? isoDay(p.nextFollowUpDueOn) : null, status: placementStatusOn(p.status, startDate, endDate, today()) };
}

/**
 * The participant's own case, as their own view's first page shows it: the stage and its history, their
 * placements, the action plan and its milestones, and their case officer. Null when the login opens no case
 * (anonymised, or not a participant). The read is audited like any other read of the participant, so it is
 * in their own access-log extract too.
 */
export async function ownCase(user: SessionUser) {
  if (!policies.viewOwnCase(user)) return null;
  const view = await db().$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({
      where: ownParticipantScope(user),
      select: {
        id: true,
        firstName: true,
        currentStage: true,
        unit: { select: { name: true } },
        responsibleOfficer: { select: { name: true, email: true, phone: true } },
        stageAssessments: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], select: { id: true, stage: true, date: true } },
        actionPlan: { select: { goals: true, supportNeeds: true, updatedAt: true } },
        milestones: { orderBy: { date: "desc" }, select: { id: true, kind: true, date: true } },
      },
    });
    if (!participant) return null;
    const placements = await tx.placement.findMany({ where: ownPlacementScope(user), orderBy: { startDate: "desc" }, select: PLACEMENT });
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: participant.id, changes: { view: "own-case" } });
    return {
      firstName: participant.firstName,
      stage: participant.currentStage,
      unit: participant.unit.name,
      officer: participant.responsibleOfficer,
      stageHistory: participant.stageAssessments.map((s) => ({ id: s.id, stage: s.stage, date: isoDay(s.date) })),
      actionPlan: participant.actionPlan ? { goals: participant.actionPlan.goals, supportNeeds: participant.actionPlan.supportNeeds, updatedOn: isoDay(participant.actionPlan.updatedAt) } : null,
      milestones: participant.milestones.map((m) => ({ id: m.id, kind: m.kind, date: isoDay(m.date) })),
      placements: placements.map((p) => ({ id: p.id, kind: p.kind, provider: p.provider.name, ...placementDates(p) })),
    };
  });
  if (!view) return null;
  // After the transaction: the agreement's summary reads through the pool, and on the embedded database the pool is
  // the one connection the transaction would be holding.
  const placements = [];
  for (const p of view.placements) placements.push({ ...p, agreement: await agreementForOwnList(p.id) });
  return { ...view, placements };
}

/** The placement's agreement as the overview says it: its status, and whether its newest version waits for the participant's approval. */
async function agreementForOwnList(placementId: string) {
  const summary = await agreementSummary(placementId, true);
  return summary ? { status: summary.state.status, toApprove: summary.participantToApprove } : null;
}

export type OwnCase = NonNullable<Awaited<ReturnType<typeof ownCase>>>;

/**
 * One of the participant's own placements: dates, workplace, supervisor, hours and tasks, and the follow-ups
 * the host has sent (newest first). Null when it is not theirs (or cancelled). Audited.
 */
export async function ownPlacement(user: SessionUser, placementId: string) {
  if (!policies.viewOwnCase(user)) return null;
  return db().$transaction(async (tx) => {
    const placement = await tx.placement.findFirst({
      where: { AND: [ownPlacementScope(user), { id: placementId }] },
      select: {
        ...PLACEMENT,
        participantId: true,
        followUps: {
          where: SHOWN_FOLLOW_UP,
          orderBy: [{ date: "desc" }, { createdAt: "desc" }],
          select: { id: true, date: true, periodFrom: true, periodTo: true, attendance: true, tasks: true, abilities: true, concerns: true, participantView: true, proposedStage: true },
        },
      },
    });
    if (!placement) return null;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: placement.participantId, changes: { view: "own-placement", placementId: placement.id } });
    const { followUps, provider, supervisor, ...rest } = placement;
    return {
      id: rest.id,
      kind: rest.kind,
      mode: rest.mode,
      hoursPerWeek: rest.hoursPerWeek,
      tasks: rest.tasks,
      goals: rest.goals,
      provider: provider.name,
      supervisor,
      ...placementDates(rest),
      followUps: followUps.map((f) => ({
        id: f.id,
        date: isoDay(f.date),
        period: f.periodFrom && f.periodTo ? { from: isoDay(f.periodFrom), to: isoDay(f.periodTo) } : null,
        attendance: f.attendance,
        tasks: f.tasks,
        abilities: f.abilities,
        concerns: f.concerns,
        participantView: f.participantView,
        proposedStage: f.proposedStage,
      })),
    };
  });
}

export type OwnPlacement = NonNullable<Awaited<ReturnType<typeof ownPlacement>>>;
