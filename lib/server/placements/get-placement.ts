import "server-only";
import { isoDay } from "@/lib/format/date";
import { recordAudit } from "../audit";
import { placementScope, policies } from "../authz";
import { CONSENT_COLUMNS, consentRefusalFor } from "../data-protection/consent";
import { db } from "../db";
import type { SessionUser } from "../session-user";

const PERIOD = { id: true, periodNumber: true, startDate: true, plannedEndDate: true, actualEndDate: true } as const;

const optionalDay = (date: Date | null) => (date ? isoDay(date) : null);

const period = (p: { id: string; periodNumber: number; startDate: Date; plannedEndDate: Date; actualEndDate: Date | null } | null) =>
  p && { id: p.id, periodNumber: p.periodNumber, startDate: isoDay(p.startDate), endDate: isoDay(p.actualEndDate ?? p.plannedEndDate) };

/**
 * One placement as its page and its change forms show it, with the participant, the periods before
 * and after, its history and its outcome; null when this user's scope does not hold it (not found,
 * never forbidden). It shows a participant, so the read is audited in the same transaction.
 */
export async function getPlacement(user: SessionUser, placementId: string) {
  return db().$transaction(async (tx) => {
    const row = await tx.placement.findFirst({
      where: { AND: [placementScope(user), { id: placementId }] },
      include: {
        participant: { select: { id: true, firstName: true, lastName: true, personalIdentityNumber: true, unitId: true, jobCompensableDays: true, ...CONSENT_COLUMNS } },
        provider: { select: { id: true, name: true } },
        supervisor: { select: { name: true, title: true, email: true, phone: true } },
        decidedBy: { select: { name: true } },
        previousPlacement: { select: PERIOD },
        nextPlacement: { select: PERIOD },
        outcome: { include: { recordedBy: { select: { name: true } } } },
        events: { orderBy: { createdAt: "asc" }, include: { by: { select: { name: true } } } },
      },
    });
    if (!row || !policies.readParticipant(user, row.participant)) return null;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: row.participant.id, changes: { view: "placement", placementId: row.id } });
    return {
      ...row,
      consentRefusal: { extend: consentRefusalFor(row.participant, "extend") },
      decisionDate: isoDay(row.decisionDate),
      startDate: isoDay(row.startDate),
      plannedEndDate: isoDay(row.plannedEndDate),
      actualEndDate: optionalDay(row.actualEndDate),
      previousPlacement: period(row.previousPlacement),
      nextPlacement: period(row.nextPlacement),
      outcome: row.outcome && { ...row.outcome, date: isoDay(row.outcome.date) },
      events: row.events.map((e) => ({
        ...e,
        date: isoDay(e.date),
        endBefore: optionalDay(e.endBefore),
        endAfter: optionalDay(e.endAfter),
        startBefore: optionalDay(e.startBefore),
        startAfter: optionalDay(e.startAfter),
      })),
    };
  });
}

export type PlacementView = NonNullable<Awaited<ReturnType<typeof getPlacement>>>;
