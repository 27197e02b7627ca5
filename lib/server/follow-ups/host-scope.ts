import "server-only";
import { isoDay } from "@/lib/format/date";
import { placementStatusOn, providerSeesEndedFrom } from "@/lib/rules";
import { hostPlacementScope, policies } from "../authz";
import { today } from "../clock";
import { CONSENT_COLUMNS, consentRefusalFor } from "../data-protection/consent";
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { conflict, notFound, ok, type Refusal, type Result } from "../result";
import type { SessionUser } from "../session-user";

/** What a follow-up command needs of its placement. */
export const PLACEMENT_FOR_FOLLOW_UP = {
  select: {
    id: true,
    providerId: true,
    participantId: true,
    kind: true,
    mode: true,
    status: true,
    goals: true,
    decisionDate: true,
    startDate: true,
    plannedEndDate: true,
    actualEndDate: true,
    participant: { select: CONSENT_COLUMNS },
  },
} as const;

export type PlacementForFollowUp = Prisma.PlacementGetPayload<typeof PLACEMENT_FOR_FOLLOW_UP>;

/** The placement's first and last day and its status on `day`, as the rules take them. */
export function placementDays(p: PlacementForFollowUp, day: string) {
  const [start, end] = [isoDay(p.startDate), isoDay(p.actualEndDate ?? p.plannedEndDate)];
  return { start, end, status: placementStatusOn(p.status, start, end, day) };
}

/** The follow-ups a host user may reach: those of placements in their scope today. */
export const hostFollowUpWhere = (user: SessionUser): Prisma.FollowUpWhereInput => ({ placement: hostPlacementScope(user, providerSeesEndedFrom(today())) });

/** A placement this host may write follow-ups for: in scope (else not found) and running today (else a conflict that says why). */
export async function placementToFollowUp(tx: Tx, user: SessionUser, placementId: string): Promise<Result<PlacementForFollowUp>> {
  const placement = await tx.placement.findFirst({ where: { AND: [hostPlacementScope(user, providerSeesEndedFrom(today())), { id: placementId }] }, ...PLACEMENT_FOR_FOLLOW_UP });
  if (!placement || !policies.logFollowUp(user, placement)) return notFound();
  const refusal = notWritable(placement);
  return refusal ?? ok(placement);
}

/**
 * Follow-ups are written while the placement runs and the participant's consent stands; after the end,
 * or once consent is withdrawn (lib/rules' consentRefusal), the host may only read it.
 */
export function notWritable(placement: PlacementForFollowUp): Refusal | null {
  const { start, end, status } = placementDays(placement, today());
  if (status === "PLANNED") return conflict(`Placeringen börjar ${start}. Uppföljningar skrivs när den har börjat.`);
  if (status !== "ACTIVE") return conflict(`Placeringen slutade ${end}. Ni kan läsa den, men inte skriva nya uppföljningar eller rättelser.`);
  const withdrawn = consentRefusalFor(placement.participant, "followUp");
  return withdrawn ? conflict(withdrawn) : null;
}
