import "server-only";
import { displayName } from "@/lib/format/participant-name";
import { isoDay } from "@/lib/format/date";
import { daysBetween, followUpStatus, placementStatusOn, providerSeesEndedFrom } from "@/lib/rules";
import { recordReads } from "./audit";
import { hostPlacementScope, policies, ForbiddenError } from "./authz";
import { today } from "./clock";
import { CONSENT_COLUMNS, consentRefusalFor } from "./data-protection/consent";
import { db } from "./db";
import type { SessionUser } from "./session-user";

const PARTICIPANT = { select: { id: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true } } as const;

/**
 * The host's placements (the provider's, or a supervisor's own) that are planned or running, follow-up
 * due first, and those ended in the last 40 days; the read is audited. The participant leaves this
 * module as an id and a display name only (initials and case number when the identity is protected),
 * never with a personnummer. The due date is the one stored on the placement, the same the dashboards count.
 */
export async function listProviderPlacements(user: SessionUser) {
  if (!policies.viewOwnPlacements(user)) throw new ForbiddenError("viewOwnPlacements");
  const day = today();
  return db().$transaction(async (tx) => {
    const placements = await tx.placement.findMany({
      where: hostPlacementScope(user, providerSeesEndedFrom(day)),
      orderBy: [{ nextFollowUpDueOn: { sort: "asc", nulls: "last" } }, { plannedEndDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        mode: true,
        status: true,
        decisionDate: true,
        startDate: true,
        plannedEndDate: true,
        actualEndDate: true,
        lastFollowUpOn: true,
        nextFollowUpDueOn: true,
        participant: PARTICIPANT,
        supervisor: { select: { name: true } },
      },
    });
    await recordReads(tx, user, "Participant", placements.map((p) => p.participant.id), "provider-placements");
    const rows = placements.map(({ participant, ...p }) => {
      const [start, end] = [isoDay(p.startDate), isoDay(p.actualEndDate ?? p.plannedEndDate)];
      const status = placementStatusOn(p.status, start, end, day);
      const cadence = { startDate: start, decisionDate: isoDay(p.decisionDate), kind: p.kind, mode: p.mode, lastFollowUpDate: p.lastFollowUpOn ? isoDay(p.lastFollowUpOn) : null };
      return {
        id: p.id,
        kind: p.kind,
        mode: p.mode,
        status,
        startDate: start,
        endDate: end,
        daysLeft: daysBetween(day, end),
        supervisorName: p.supervisor?.name ?? null,
        participant: { id: participant.id, name: displayName(participant, user) },
        due: p.nextFollowUpDueOn ? isoDay(p.nextFollowUpDueOn) : null,
        followUp: status === "ENDED" || status === "CANCELLED" ? null : followUpStatus({ ...cadence, today: day }),
      };
    });
    return { current: rows.filter((r) => r.status === "PLANNED" || r.status === "ACTIVE"), ended: rows.filter((r) => r.status === "ENDED") };
  });
}

export type ProviderPlacementRow = Awaited<ReturnType<typeof listProviderPlacements>>["current"][number];

/**
 * One placement as the host sees it: schedule and hours, goals and tasks, supervisor, the case
 * officer to call, and the follow-ups written for it. Never the personnummer, never the individual
 * assessment. Null when this host may not see it (another provider, another supervisor's, ended
 * more than 40 days ago): not found. The read is audited.
 */
export async function getProviderPlacement(user: SessionUser, placementId: string) {
  if (!policies.viewOwnPlacements(user)) return null;
  const day = today();
  return db().$transaction(async (tx) => {
    const p = await tx.placement.findFirst({
      where: { AND: [hostPlacementScope(user, providerSeesEndedFrom(day)), { id: placementId }] },
      select: {
        id: true,
        providerId: true,
        kind: true,
        mode: true,
        status: true,
        periodNumber: true,
        decisionDate: true,
        startDate: true,
        plannedEndDate: true,
        actualEndDate: true,
        hoursPerWeek: true,
        goals: true,
        tasks: true,
        lastFollowUpOn: true,
        nextFollowUpDueOn: true,
        provider: { select: { name: true } },
        supervisor: { select: { name: true, title: true, phone: true, email: true } },
        decidedBy: { select: { name: true, phone: true, email: true } },
        participant: { select: { ...PARTICIPANT.select, ...CONSENT_COLUMNS, responsibleOfficer: { select: { name: true, phone: true, email: true } } } },
        followUps: {
          orderBy: [{ date: "desc" }, { createdAt: "desc" }],
          select: { id: true, date: true, status: true, hasConcern: true, remoteConcern: true, proposedStage: true, replacesId: true, submittedAt: true, reviewedAt: true, author: { select: { name: true } } },
        },
      },
    });
    if (!p || !policies.logFollowUp(user, p)) return null;
    await recordReads(tx, user, "Participant", [p.participant.id], "provider-placement");
    const [start, end] = [isoDay(p.startDate), isoDay(p.actualEndDate ?? p.plannedEndDate)];
    const { participant, decidedBy, ...rest } = p;
    return {
      ...rest,
      startDate: start,
      endDate: end,
      plannedEndDate: isoDay(p.plannedEndDate),
      status: placementStatusOn(p.status, start, end, day),
      participant: { id: participant.id, name: displayName(participant, user) },
      officer: participant.responsibleOfficer ?? decidedBy,
      /** Said in place of the follow-up buttons: the host must know why, and that the officer ends it. */
      consentRefusal: consentRefusalFor(participant, "followUp"),
      draft: p.followUps.find((f) => f.status === "DRAFT") ?? null,
    };
  });
}

export type ProviderPlacement = NonNullable<Awaited<ReturnType<typeof getProviderPlacement>>>;
