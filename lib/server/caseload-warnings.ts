import "server-only";
import { ATTENDANCE_WARNING_FOLLOW_UPS, LOW_ATTENDANCE_SHARE } from "@/lib/rules";
import type { Tx } from "./db";

export type CaseloadWarnings = { overdue: boolean; concern: boolean; remoteConcern: boolean; lowAttendance: boolean };

export const NO_WARNINGS: CaseloadWarnings = { overdue: false, concern: false, remoteConcern: false, lowAttendance: false };

/**
 * The warnings of each listed participant's running placement, in one query: a follow-up overdue (the
 * stored due date has passed), a concern or a remote-work concern in the latest submitted follow-up,
 * and attendance below LOW_ATTENDANCE_SHARE of the planned hours over the latest
 * ATTENDANCE_WARNING_FOLLOW_UPS follow-ups. Corrected versions and drafts do not count.
 */
export async function caseloadWarnings(tx: Tx, participantIds: string[], today: string): Promise<Map<string, CaseloadWarnings>> {
  if (participantIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<({ participantId: string } & CaseloadWarnings)[]>`
    SELECT p.id::text AS "participantId",
      EXISTS (SELECT 1 FROM "Placement" pl WHERE pl."participantId" = p.id AND pl.status = 'ACTIVE' AND pl."nextFollowUpDueOn" < ${today}::date) AS overdue,
      COALESCE(latest."hasConcern", false) AS concern,
      COALESCE(latest."remoteConcern", false) AS "remoteConcern",
      COALESCE(att.planned > 0 AND att.attended::float8 / att.planned < ${LOW_ATTENDANCE_SHARE}::float8, false) AS "lowAttendance"
    FROM "Participant" p
    LEFT JOIN LATERAL (
      SELECT f."hasConcern", f."remoteConcern" FROM "FollowUp" f JOIN "Placement" pl ON pl.id = f."placementId"
      WHERE pl."participantId" = p.id AND pl.status = 'ACTIVE' AND f.status IN ('SUBMITTED', 'REVIEWED')
      ORDER BY f.date DESC, f."createdAt" DESC LIMIT 1
    ) latest ON true
    LEFT JOIN LATERAL (
      SELECT sum(r."plannedHours") AS planned, sum(r."attendedHours") AS attended FROM (
        SELECT f."plannedHours", f."attendedHours" FROM "FollowUp" f JOIN "Placement" pl ON pl.id = f."placementId"
        WHERE pl."participantId" = p.id AND pl.status = 'ACTIVE' AND f.status IN ('SUBMITTED', 'REVIEWED')
          AND f."plannedHours" IS NOT NULL AND f."attendedHours" IS NOT NULL
        ORDER BY f.date DESC, f."createdAt" DESC LIMIT ${ATTENDANCE_WARNING_FOLLOW_UPS}
      ) r
    ) att ON true
    WHERE p.id = ANY(${participantIds}::uuid[])`;
  return new Map(rows.map(({ participantId, ...w }) => [participantId, w]));
}
