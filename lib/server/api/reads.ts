import "server-only";
import type { ApiFollowUp, ApiPlacement, ApiPlacementDetail } from "@/lib/api/contract";
import { isoDay } from "@/lib/format/date";
import { displayName } from "@/lib/format/participant-name";
import { placementStatusOn, providerSeesEndedFrom } from "@/lib/rules";
import { parseDashboardParams } from "@/lib/validation/dashboard-filter";
import { API_PAGE_SIZE } from "@/lib/validation/api";
import { recordAudit, recordReads } from "../audit";
import { apiKeyPlacementScope } from "../authz";
import { today } from "../clock";
import { dashboardNow, type DashboardNow } from "../dashboard";
import { db, type Tx } from "../db";
import { auditActorOf, type ApiCaller } from "./caller";

/** What a host's system sees of a participant: the host page's name, never the personnummer. */
const PARTICIPANT = { select: { id: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true } } as const;
const PLACEMENT = {
  id: true,
  kind: true,
  mode: true,
  status: true,
  startDate: true,
  plannedEndDate: true,
  actualEndDate: true,
  lastFollowUpOn: true,
  nextFollowUpDueOn: true,
  supervisor: { select: { name: true } },
  participant: PARTICIPANT,
} as const;
const HOST = { role: "ANORDNARE" } as const;

type PlacementRow = {
  id: string;
  kind: ApiPlacement["kind"];
  mode: ApiPlacement["mode"];
  status: ApiPlacement["status"];
  startDate: Date;
  plannedEndDate: Date;
  actualEndDate: Date | null;
  lastFollowUpOn: Date | null;
  nextFollowUpDueOn: Date | null;
  supervisor: { name: string } | null;
  participant: { id: string; firstName: string; lastName: string; protectedIdentity: boolean; caseNumber: number };
};

function placementOut(p: PlacementRow, day: string): ApiPlacement {
  const [start, end] = [isoDay(p.startDate), isoDay(p.actualEndDate ?? p.plannedEndDate)];
  return {
    id: p.id,
    kind: p.kind,
    mode: p.mode,
    status: placementStatusOn(p.status, start, end, day),
    startDate: start,
    endDate: end,
    supervisorName: p.supervisor?.name ?? null,
    participant: { id: p.participant.id, name: displayName(p.participant, HOST) },
    lastFollowUpOn: p.lastFollowUpOn ? isoDay(p.lastFollowUpOn) : null,
    nextFollowUpDueOn: p.nextFollowUpDueOn ? isoDay(p.nextFollowUpDueOn) : null,
  };
}

const scopeOf = (caller: ApiCaller, day: string) => apiKeyPlacementScope(caller, providerSeesEndedFrom(day));

/**
 * A page of the key's provider's placements in id order, so a cursor (the last id of the page) stays
 * valid while placements come and go. Each participant shown is one audited read, in the same transaction.
 */
export async function listKeyPlacements(caller: ApiCaller, query: { cursor?: string; limit?: number }): Promise<{ data: ApiPlacement[]; nextCursor: string | null }> {
  const day = today();
  const limit = query.limit ?? API_PAGE_SIZE.default;
  return db().$transaction(async (tx) => {
    const rows = await tx.placement.findMany({
      where: { AND: [scopeOf(caller, day), query.cursor ? { id: { gt: query.cursor } } : {}] },
      orderBy: { id: "asc" },
      take: limit + 1,
      select: PLACEMENT,
    });
    const page = rows.slice(0, limit);
    await recordReads(tx, auditActorOf(caller), "Participant", page.map((p) => p.participant.id), "api-placements");
    return { data: page.map((p) => placementOut(p, day)), nextCursor: rows.length > limit ? page.at(-1)!.id : null };
  });
}

async function loadPlacement(tx: Tx, caller: ApiCaller, id: string, day: string) {
  return tx.placement.findFirst({
    where: { AND: [scopeOf(caller, day), { id }] },
    select: { ...PLACEMENT, periodNumber: true, hoursPerWeek: true, goals: true, tasks: true },
  });
}

/** One placement as the host's page shows it; null (404) when the key's provider may not see it. */
export async function getKeyPlacement(caller: ApiCaller, id: string): Promise<ApiPlacementDetail | null> {
  const day = today();
  return db().$transaction(async (tx) => {
    const p = await loadPlacement(tx, caller, id, day);
    if (!p) return null;
    await recordReads(tx, auditActorOf(caller), "Participant", [p.participant.id], "api-placement");
    return { ...placementOut(p, day), periodNumber: p.periodNumber, plannedEndDate: isoDay(p.plannedEndDate), hoursPerWeek: p.hoursPerWeek, goals: p.goals, tasks: p.tasks };
  });
}

/**
 * The placement's submitted follow-ups (never a draft), newest first: dates, status, attendance and the
 * flags, not the free text about the person; null (404) when the key's provider may not see the placement.
 */
export async function listKeyFollowUps(caller: ApiCaller, placementId: string): Promise<ApiFollowUp[] | null> {
  const day = today();
  return db().$transaction(async (tx) => {
    const p = await tx.placement.findFirst({ where: { AND: [scopeOf(caller, day), { id: placementId }] }, select: { participant: { select: { id: true } } } });
    if (!p) return null;
    const followUps = await tx.followUp.findMany({
      where: { placementId, status: { not: "DRAFT" }, submittedAt: { not: null } },
      orderBy: [{ date: "desc" }, { submittedAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        date: true,
        periodFrom: true,
        periodTo: true,
        status: true,
        submittedAt: true,
        reviewedAt: true,
        replacesId: true,
        attendance: true,
        plannedHours: true,
        attendedHours: true,
        hasConcern: true,
        remoteConcern: true,
        proposedStage: true,
      },
    });
    await recordReads(tx, auditActorOf(caller), "Participant", [p.participant.id], "api-follow-ups");
    return followUps.map((f) => ({
      ...f,
      status: f.status as ApiFollowUp["status"],
      date: isoDay(f.date),
      periodFrom: f.periodFrom ? isoDay(f.periodFrom) : null,
      periodTo: f.periodTo ? isoDay(f.periodTo) : null,
      submittedAt: f.submittedAt!.toISOString(),
      reviewedAt: f.reviewedAt?.toISOString() ?? null,
    }));
  });
}

/**
 * The dashboard's figures of today for the key's coordinator (their scope grants), through the same service
 * the dashboard uses, so suppressed alike; null when the coordinator has no grant. One READ event says so.
 */
export async function keyFigures(caller: ApiCaller): Promise<DashboardNow | null> {
  const coordinator = await db().user.findFirst({
    where: { id: caller.coordinatorId ?? undefined, role: "KOORDINATOR", active: true },
    select: { id: true, name: true, email: true, role: true, unitId: true, providerId: true },
  });
  if (!coordinator) return null;
  const figures = await dashboardNow({ ...coordinator, ip: caller.ip }, parseDashboardParams({}, today()).filter);
  await recordAudit(db(), auditActorOf(caller), { action: "READ", entity: "DashboardFigures", entityId: coordinator.id, changes: { view: "api-figures", shown: figures !== null } });
  return figures;
}
