import "server-only";
import { hostPlacementScope, ownPlacementScope, placementScope, policies } from "../authz";
import { today } from "../clock";
import { CONSENT_COLUMNS } from "../data-protection/consent";
import type { Tx } from "../db";
import { providerSeesEndedFrom } from "@/lib/rules";
import { forbidden, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";

const PLACEMENT_FOR_AGREEMENT = {
  select: {
    id: true,
    providerId: true,
    status: true,
    startDate: true,
    plannedEndDate: true,
    actualEndDate: true,
    tasks: true,
    hoursPerWeek: true,
    version: true,
    participant: { select: { id: true, unitId: true, ...CONSENT_COLUMNS } },
  },
} as const;

/** The placement an officer's agreement command works on: in their scope (else not found), their unit's to manage (else forbidden). */
export async function placementForOfficer(tx: Tx, user: SessionUser, placementId: string) {
  const placement = await tx.placement.findFirst({ where: { AND: [placementScope(user), { id: placementId }] }, ...PLACEMENT_FOR_AGREEMENT });
  if (!placement) return notFound();
  if (!policies.manageAgreement(user, placement.participant)) return forbidden();
  return ok(placement);
}

/** The placement a host approves for: in the host's scope today (a supervisor's own, the contact's all), else not found. */
export async function placementForHost(tx: Tx, user: SessionUser, placementId: string) {
  const placement = await tx.placement.findFirst({ where: { AND: [hostPlacementScope(user, providerSeesEndedFrom(today())), { id: placementId }] }, ...PLACEMENT_FOR_AGREEMENT });
  if (!placement || !policies.approveAgreementAsHost(user, placement)) return notFound();
  return ok(placement);
}

/** The placement a participant approves for: one of their own, else not found. */
export async function placementForParticipant(tx: Tx, user: SessionUser, placementId: string) {
  const placement = await tx.placement.findFirst({ where: { AND: [ownPlacementScope(user), { id: placementId }] }, ...PLACEMENT_FOR_AGREEMENT });
  if (!placement || !policies.approveAgreementAsParticipant(user, { participantId: placement.participant.id })) return notFound();
  return ok(placement);
}

export type AgreementPlacement = Extract<Awaited<ReturnType<typeof placementForOfficer>>, { ok: true }>["value"];
export type Loaded<T> = Result<T>;
