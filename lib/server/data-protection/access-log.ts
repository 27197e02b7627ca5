import "server-only";
import { describeAccess } from "@/lib/format/access-description";
import { ROLE_LABELS } from "@/lib/format/roles";
import { recordAudit } from "../audit";
import { ownParticipantScope, participantScope, policies } from "../authz";
import { db, type Tx } from "../db";
import type { SessionUser } from "../session-user";

/** One access to the participant's data: who, from which unit or workplace, when, and what. */
export type AccessRow = { id: string; at: Date; who: string; role: string; organisation: string; description: string };

/** Said for events Stegvis wrote by itself (the hourly status job) rather than a person. */
const SYSTEM = "Stegvis (automatiskt)";

/** The ids of every record that belongs to the participant: audit events name records by id. */
async function recordIds(tx: Tx, participantId: string): Promise<string[]> {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const where = { participantId };
  const placements = ids(await tx.placement.findMany({ where, select: { id: true } }));
  const followUps = ids(await tx.followUp.findMany({ where: { placement: where }, select: { id: true } }));
  const assessments = ids(await tx.individualAssessment.findMany({ where, select: { id: true } }));
  const stages = ids(await tx.stageAssessment.findMany({ where, select: { id: true } }));
  const outcomes = ids(await tx.outcome.findMany({ where, select: { id: true } }));
  const milestones = ids(await tx.milestone.findMany({ where, select: { id: true } }));
  const plan = ids(await tx.actionPlan.findMany({ where, select: { id: true } }));
  const proposals = ids(await tx.placementProposal.findMany({ where: { placement: where }, select: { id: true } }));
  const statements = ids(await tx.participantStatement.findMany({ where, select: { id: true } }));
  return [participantId, ...placements, ...followUps, ...assessments, ...stages, ...outcomes, ...milestones, ...plan, ...proposals, ...statements];
}

/**
 * Who accessed one participant's data (the participant's access-log extract), oldest first. The unit
 * or workplace is the user's at the time of the extract: events record the person, not their unit.
 * Null when the user's scope does not hold the participant; otherwise the extract is itself audited.
 */
export async function getAccessLog(user: SessionUser, participantId: string, form: "page" | "csv") {
  return db().$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({
      where: { AND: [participantScope(user), { id: participantId }] },
      select: { id: true, unitId: true, firstName: true, lastName: true, caseNumber: true },
    });
    if (!participant || !policies.extractParticipantData(user, participant)) return null;
    const rows = await accessRows(tx, participant.id);
    await recordAudit(tx, user, { action: form === "csv" ? "EXPORT" : "READ", entity: "Participant", entityId: participant.id, changes: { view: "access-log", format: form } });
    return { participant, rows };
  });
}

/**
 * The participant's own access-log extract, in their own view: the same rows as the officer's, with their own
 * accesses marked as theirs. Null when the login opens no case. Audited, as the officer's is.
 */
export async function ownAccessLog(user: SessionUser) {
  if (!policies.viewOwnCase(user)) return null;
  return db().$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({ where: ownParticipantScope(user), select: { id: true } });
    if (!participant) return null;
    const rows = await accessRows(tx, participant.id, user.id);
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: participant.id, changes: { view: "own-access-log" } });
    return rows;
  });
}

/** Said for the participant's own accesses in their own extract. */
const YOU = "Du själv";

async function accessRows(tx: Tx, participantId: string, ownUserId?: string): Promise<AccessRow[]> {
  const events = await tx.auditEvent.findMany({
    where: { entityId: { in: await recordIds(tx, participantId) } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: {
      id: true,
      at: true,
      action: true,
      entity: true,
      changes: true,
      actorRole: true,
      actorId: true,
      actor: { select: { name: true, unit: { select: { name: true } }, provider: { select: { name: true } } } },
    },
  });
  return events.map((e) => ({
    id: String(e.id),
    at: e.at,
    who: ownUserId !== undefined && e.actorId === ownUserId ? YOU : (e.actor?.name ?? SYSTEM),
    role: e.actorRole ? ROLE_LABELS[e.actorRole] : "",
    organisation: e.actor?.unit?.name ?? e.actor?.provider?.name ?? "",
    description: describeAccess(e),
  }));
}
