import "server-only";
import { displayName } from "@/lib/format/participant-name";
import { recordAudit, recordReads } from "../audit";
import { officerFollowUpScope, policies } from "../authz";
import { db, type Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { FollowUpStatus } from "../generated/prisma/enums";
import { ownViewsBefore, responseTo } from "../participant-statements";
import type { SessionUser } from "../session-user";
import { abilityRows, formValues } from "./content";
import { hostFollowUpWhere } from "./host-scope";

const VERSION = { select: { id: true, status: true, date: true, submittedAt: true } } as const;

const FOLLOW_UP = {
  include: {
    author: { select: { name: true } },
    reviewedBy: { select: { name: true } },
    replaces: VERSION,
    replacedBy: VERSION,
    stageAssessments: { select: { id: true, stage: true, date: true, reason: true, assessedBy: { select: { name: true } } } },
    placement: {
      select: {
        id: true,
        providerId: true,
        kind: true,
        mode: true,
        goals: true,
        startDate: true,
        plannedEndDate: true,
        actualEndDate: true,
        provider: { select: { name: true } },
        participant: { select: { id: true, unitId: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true, currentStage: true } },
      },
    },
  },
} as const;

type Row = Prisma.FollowUpGetPayload<typeof FOLLOW_UP>;

/** The follow-up as its pages show it; the participant as this viewer may see them named. */
function view(row: Row, user: SessionUser) {
  const { placement, abilityRatings, ...f } = row;
  const { participant, ...p } = placement;
  return {
    ...f,
    abilityRatings: abilityRows(abilityRatings),
    form: formValues(row),
    placement: p,
    participant: { id: participant.id, name: displayName(participant, user), currentStage: participant.currentStage },
  };
}

export type FollowUpView = ReturnType<typeof view>;

/** Every version of a follow-up (the ones it corrected, and the ones that corrected it), newest first. */
async function versionsOf(tx: Tx, row: Row) {
  const chain: { id: string; status: FollowUpStatus; date: Date; submittedAt: Date | null }[] = [];
  let back = row.replaces;
  while (back) {
    chain.push(back);
    const older: { replaces: typeof back | null } | null = await tx.followUp.findUnique({ where: { id: back.id }, select: { replaces: VERSION } });
    back = older?.replaces ?? null;
  }
  let forward = row.replacedBy;
  const newer: typeof chain = [];
  while (forward) {
    newer.unshift(forward);
    const next: { replacedBy: typeof forward | null } | null = await tx.followUp.findUnique({ where: { id: forward.id }, select: { replacedBy: VERSION } });
    forward = next?.replacedBy ?? null;
  }
  return { newer, older: chain };
}

/**
 * What the participant wrote about a follow-up in their own view: the views they wrote before it (a correction
 * belongs where its first version was sent) and their answer to this version. Read only once the follow-up
 * has been found in the reader's scope.
 */
async function participantStatements(tx: Tx, row: Row, versions: Awaited<ReturnType<typeof versionsOf>>) {
  const first = versions.older.at(-1) ?? row;
  return { viewsBefore: await ownViewsBefore(tx, row.placementId, first.submittedAt), response: await responseTo(tx, row.id) };
}

/** A follow-up as the host sees it; null when it is not theirs to see (another provider's, or the placement's window has closed). Audited. */
export async function getHostFollowUp(user: SessionUser, followUpId: string) {
  if (!policies.viewOwnPlacements(user)) return null;
  return db().$transaction(async (tx) => {
    const row = await tx.followUp.findFirst({ where: { AND: [hostFollowUpWhere(user), { id: followUpId }] }, ...FOLLOW_UP });
    if (!row || !policies.logFollowUp(user, row.placement)) return null;
    await recordReads(tx, user, "Participant", [row.placement.participant.id], "provider-follow-up");
    const versions = await versionsOf(tx, row);
    return { ...view(row, user), versions, participantStatements: await participantStatements(tx, row, versions) };
  });
}

/**
 * A follow-up as a case officer reads it, to review it; null outside their unit. Reading a follow-up
 * is audited (the follow-up and the participant it is about). Drafts are the host's and are not shown.
 */
export async function getFollowUpForOfficer(user: SessionUser, followUpId: string) {
  return db().$transaction(async (tx) => {
    const row = await tx.followUp.findFirst({ where: { AND: [officerFollowUpScope(user), { id: followUpId }, { status: { not: "DRAFT" } }] }, ...FOLLOW_UP });
    if (!row || !policies.reviewFollowUp(user, row.placement.participant)) return null;
    await recordAudit(tx, user, { action: "READ", entity: "FollowUp", entityId: row.id, changes: { view: "follow-up-review" } });
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: row.placement.participant.id, changes: { view: "follow-up-review" } });
    const versions = await versionsOf(tx, row);
    return { ...view(row, user), versions, participantStatements: await participantStatements(tx, row, versions) };
  });
}

export type HostFollowUp = NonNullable<Awaited<ReturnType<typeof getHostFollowUp>>>;
export type OfficerFollowUp = NonNullable<Awaited<ReturnType<typeof getFollowUpForOfficer>>>;
