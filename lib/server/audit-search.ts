import "server-only";
import { redactChanges } from "@/lib/domain/audit-redaction";
import { addDaysIso } from "@/lib/rules";
import { AUDIT_EXPORT_MAX, AUDIT_PAGE_SIZE, type AuditFilter } from "@/lib/validation/audit-filter";
import { recordAudit, recordReads } from "./audit";
import { ForbiddenError, policies } from "./authz";
import { isParticipantRecord } from "./data-protection/personal-data";
import { db, type Tx } from "./db";
import type { Prisma } from "./generated/prisma/client";
import type { SessionUser } from "./session-user";

const MATCHES_NOTHING: Prisma.AuditEventWhereInput = { id: { lt: 0 } };

const STOCKHOLM_WALL = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** The instant a calendar day begins in Sweden (the log's dates are Swedish days, summer time or not). */
export function stockholmMidnight(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const wall = new Date(`${STOCKHOLM_WALL.format(utcMidnight).replace(" ", "T")}Z`);
  return new Date(utcMidnight.getTime() - (wall.getTime() - utcMidnight.getTime()));
}

/**
 * Every record the log may name for one participant: the participant and what belongs to them. Each
 * (entity, id) pair is found through the log's (entity, entityId, at) index.
 */
async function participantTargets(tx: Tx, participantId: string): Promise<Prisma.AuditEventWhereInput[]> {
  const byParticipant = { where: { participantId }, select: { id: true } } as const;
  const [placements, assessments, stageAssessments, outcomes, plans, milestones, followUps, proposals, statements] = await Promise.all([
    tx.placement.findMany(byParticipant),
    tx.individualAssessment.findMany(byParticipant),
    tx.stageAssessment.findMany(byParticipant),
    tx.outcome.findMany(byParticipant),
    tx.actionPlan.findMany(byParticipant),
    tx.milestone.findMany(byParticipant),
    tx.followUp.findMany({ where: { placement: { participantId } }, select: { id: true } }),
    tx.placementProposal.findMany({ where: { placement: { participantId } }, select: { id: true } }),
    tx.participantStatement.findMany(byParticipant),
  ]);
  const targets: [string, { id: string }[]][] = [
    ["Participant", [{ id: participantId }]],
    ["Placement", placements],
    ["IndividualAssessment", assessments],
    ["StageAssessment", stageAssessments],
    ["Outcome", outcomes],
    ["ActionPlan", plans],
    ["Milestone", milestones],
    ["FollowUp", followUps],
    ["PlacementProposal", proposals],
    ["ParticipantStatement", statements],
  ];
  return targets.filter(([, rows]) => rows.length > 0).map(([entity, rows]) => ({ entity, entityId: { in: rows.map((r) => r.id) } }));
}

/** The filter as a query, and the participant it found (null when none was asked for or none matched). */
async function whereOf(tx: Tx, filter: AuditFilter) {
  const and: Prisma.AuditEventWhereInput[] = [];
  let participant: { id: string; caseNumber: number } | null = null;
  if (filter.participant) {
    participant = await tx.participant.findFirst({ where: "id" in filter.participant ? { id: filter.participant.id } : { caseNumber: filter.participant.caseNumber }, select: { id: true, caseNumber: true } });
    and.push(participant ? { OR: await participantTargets(tx, participant.id) } : MATCHES_NOTHING);
  }
  if (filter.user) {
    const actor = "id" in filter.user ? { id: filter.user.id } : await tx.user.findUnique({ where: { email: filter.user.email }, select: { id: true } });
    and.push(actor ? { actorId: actor.id } : MATCHES_NOTHING);
  }
  if (filter.action) and.push({ action: filter.action });
  if (filter.from) and.push({ at: { gte: stockholmMidnight(filter.from) } });
  if (filter.to) and.push({ at: { lt: stockholmMidnight(addDaysIso(filter.to, 1)) } });
  return { where: { AND: and }, participant };
}

const SHOWN = {
  id: true,
  at: true,
  action: true,
  entity: true,
  entityId: true,
  ip: true,
  changes: true,
  actorRole: true,
  actor: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.AuditEventSelect;

/** Case numbers for the participants among the events, so the log names them without their names. */
async function caseNumbers(tx: Tx, events: { entity: string; entityId: string | null }[]) {
  const ids = [...new Set(events.filter((e) => e.entity === "Participant" && e.entityId).map((e) => e.entityId!))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const rows = ids.length ? await tx.participant.findMany({ where: { id: { in: ids } }, select: { id: true, caseNumber: true } }) : [];
  return new Map(rows.map((row) => [row.id, row.caseNumber]));
}

type Shown = Prisma.AuditEventGetPayload<{ select: typeof SHOWN }>;

/**
 * An event as the administrator may see it: named by case number, and when it is about a participant's
 * records, with the names of the fields it touched but not their values (names, notes, reasons). ADR 0010.
 */
function asShown(event: Shown, cases: Map<string, number>) {
  const changes = isParticipantRecord(event.entity) ? redactChanges(event.changes) : event.changes;
  return { ...event, changes, caseNumber: event.entityId ? (cases.get(event.entityId) ?? null) : null };
}

/** The filter as it is written to the log of the search itself. */
const described = (filter: AuditFilter) => ({ participant: filter.participant, user: filter.user, action: filter.action, from: filter.from, to: filter.to });

/**
 * One page of the audit log, newest first, for an administrator. The search is itself logged; a search
 * for one participant also leaves a read of that participant, so their access-log extract shows it.
 */
export async function searchAuditLog(admin: SessionUser, filter: AuditFilter) {
  if (!policies.searchAuditLog(admin)) throw new ForbiddenError("searchAuditLog");
  return db().$transaction(async (tx) => {
    const { where, participant } = await whereOf(tx, filter);
    const total = await tx.auditEvent.count({ where });
    const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    const page = Math.min(filter.page, pageCount);
    const events = await tx.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: SHOWN });
    const cases = await caseNumbers(tx, events);
    await recordAudit(tx, admin, { action: "READ", entity: "AuditEvent", changes: { view: "admin-audit-log", filter: described(filter), page, total } });
    if (participant) await recordReads(tx, admin, "Participant", [participant.id], "admin-audit-log");
    return { events: events.map((e) => asShown(e, cases)), total, page, pageCount, participant };
  });
}

/** The events matching the filter (at most AUDIT_EXPORT_MAX, newest first) for the CSV file; logged as an export. */
export async function exportAuditLog(admin: SessionUser, filter: AuditFilter) {
  if (!policies.searchAuditLog(admin)) throw new ForbiddenError("searchAuditLog");
  return db().$transaction(async (tx) => {
    const { where, participant } = await whereOf(tx, filter);
    const events = await tx.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], take: AUDIT_EXPORT_MAX, select: SHOWN });
    const cases = await caseNumbers(tx, events);
    await recordAudit(tx, admin, { action: "EXPORT", entity: "AuditEvent", changes: { view: "admin-audit-log", filter: described(filter), rows: events.length } });
    if (participant) await recordReads(tx, admin, "Participant", [participant.id], "admin-audit-log-export");
    return events.map((e) => asShown(e, cases));
  });
}

export type AuditRow = Awaited<ReturnType<typeof exportAuditLog>>[number];
