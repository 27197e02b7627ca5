import "server-only";
import { proposableKinds } from "@/lib/domain/placement-changes";
import { displayName } from "@/lib/format/participant-name";
import { isoDay } from "@/lib/format/date";
import { recordAudit, recordReads } from "../audit";
import { placementScope, policies } from "../authz";
import { proposalPlacementScope } from "./scope";
import { db, type Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../session-user";

const optionalDay = (date: Date | null) => (date ? isoDay(date) : null);

const PROPOSAL = {
  id: true,
  placementId: true,
  kind: true,
  newEndDate: true,
  newStartDate: true,
  hoursPerWeek: true,
  tasks: true,
  reasonCode: true,
  justification: true,
  status: true,
  answerReason: true,
  answeredAt: true,
  withdrawnAt: true,
  replacedById: true,
  createdAt: true,
  version: true,
  author: { select: { name: true } },
  answeredBy: { select: { name: true } },
} as const satisfies Prisma.PlacementProposalSelect;

type Row = Prisma.PlacementProposalGetPayload<{ select: typeof PROPOSAL }>;

const view = (p: Row) => ({ ...p, newEndDate: optionalDay(p.newEndDate), newStartDate: optionalDay(p.newStartDate) });
export type ProposalView = ReturnType<typeof view>;

/** The placements a user reads proposals on: a provider's user as `proposalPlacementScope`, a case officer their unit's. */
const scopeFor = (user: SessionUser) => (user.role === "ANORDNARE" ? proposalPlacementScope(user) : placementScope(user));

async function proposalsOf(tx: Tx, placementId: string) {
  const rows = await tx.placementProposal.findMany({ where: { placementId }, orderBy: { createdAt: "desc" }, select: PROPOSAL });
  return rows.map(view);
}

/**
 * A placement as its provider sees it when proposing changes, with every proposal made on it (newest
 * first); null when out of the user's scope (not found). The participant appears as a display name
 * only (initials and case number when protected), never with a personnummer. The read is audited.
 */
export async function placementProposalsForHost(user: SessionUser, placementId: string) {
  return db().$transaction(async (tx) => {
    const row = await tx.placement.findFirst({
      where: { AND: [proposalPlacementScope(user), { id: placementId }] },
      select: {
        id: true,
        providerId: true,
        kind: true,
        mode: true,
        status: true,
        endReasonCode: true,
        decisionDate: true,
        startDate: true,
        plannedEndDate: true,
        actualEndDate: true,
        programme: true,
        hoursPerWeek: true,
        tasks: true,
        provider: { select: { name: true } },
        supervisor: { select: { name: true } },
        participant: { select: { id: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true, jobCompensableDays: true } },
      },
    });
    if (!row || !policies.proposeChange(user, row)) return null;
    const proposals = await proposalsOf(tx, row.id);
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: row.participant.id, changes: { view: "provider-proposals", placementId: row.id } });
    const { participant, ...placement } = row;
    return {
      kinds: proposableKinds(placement),
      placement: {
        ...placement,
        decisionDate: isoDay(placement.decisionDate),
        startDate: isoDay(placement.startDate),
        plannedEndDate: isoDay(placement.plannedEndDate),
        actualEndDate: optionalDay(placement.actualEndDate),
        participant: { name: displayName(participant, user), jobCompensableDays: participant.jobCompensableDays },
      },
      proposals,
    };
  });
}
export type HostPlacementProposals = NonNullable<Awaited<ReturnType<typeof placementProposalsForHost>>>;

/**
 * For the provider's placement page, which reads the placement itself (an audited read): the kinds of
 * proposal the placement still takes and the proposals made on it; null when out of scope.
 */
export async function hostPlacementProposals(user: SessionUser, placementId: string) {
  return db().$transaction(async (tx) => {
    const row = await tx.placement.findFirst({ where: { AND: [proposalPlacementScope(user), { id: placementId }] }, select: { id: true, status: true, endReasonCode: true } });
    return row && { kinds: proposableKinds(row), proposals: await proposalsOf(tx, row.id) };
  });
}

/**
 * The proposals made on a placement, newest first, for its page; empty when the placement is out of
 * the user's scope. The case officer's page reads the placement (an audited read) in the same request.
 */
export async function placementProposals(user: SessionUser, placementId: string): Promise<ProposalView[]> {
  const rows = await db().placementProposal.findMany({
    where: { placementId, placement: scopeFor(user) },
    orderBy: { createdAt: "desc" },
    select: PROPOSAL,
  });
  return rows.map(view);
}

/**
 * Waiting proposals for the officer's own participants (they are the responsible officer): the inbox
 * and the header's count, as for follow-ups. Any officer of the unit may still open and answer one.
 */
const waitingFor = (user: SessionUser): Prisma.PlacementProposalWhereInput => ({
  status: "WAITING",
  placement: { AND: [placementScope(user), { participant: { responsibleOfficerId: user.id } }] },
});

/** How many proposals wait for the officer's answer; 0 for anyone who does not answer them. */
export async function countWaitingProposals(user: SessionUser): Promise<number> {
  if (user.role !== "HANDLAGGARE") return 0;
  return db().placementProposal.count({ where: waitingFor(user) });
}

/**
 * The proposals waiting for the officer's answer, oldest first (the inbox), with the
 * participant, the provider and the placement's period. One audited read per participant shown.
 */
export async function waitingProposals(user: SessionUser) {
  if (user.role !== "HANDLAGGARE") return [];
  return db().$transaction(async (tx) => {
    const rows = await tx.placementProposal.findMany({
      where: waitingFor(user),
      orderBy: { createdAt: "asc" },
      select: {
        ...PROPOSAL,
        placement: {
          select: {
            startDate: true,
            plannedEndDate: true,
            provider: { select: { name: true } },
            participant: { select: { id: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true } },
          },
        },
      },
    });
    await recordReads(tx, user, "Participant", [...new Set(rows.map((r) => r.placement.participant.id))], "waiting-proposals");
    return rows.map(({ placement, ...proposal }) => ({
      ...view(proposal),
      placement: {
        startDate: isoDay(placement.startDate),
        plannedEndDate: isoDay(placement.plannedEndDate),
        providerName: placement.provider.name,
        participant: { id: placement.participant.id, name: displayName(placement.participant, user) },
      },
    }));
  });
}
export type WaitingProposal = Awaited<ReturnType<typeof waitingProposals>>[number];

/** One proposal in the officer's scope, for the answer page; null when out of scope. */
export async function proposalForOfficer(user: SessionUser, proposalId: string): Promise<ProposalView | null> {
  const row = await db().placementProposal.findFirst({ where: { id: proposalId, placement: placementScope(user) }, select: PROPOSAL });
  return row && policies.viewCaseload(user) ? view(row) : null;
}
