import "server-only";
import type { Prisma } from "./generated/prisma/client";
import type { Role } from "./generated/prisma/enums";
import type { Coverage } from "./dashboard/coverage";
import type { SessionUser } from "./session-user";

/** Refused by policy. Pages answer it with 403, actions with a Swedish message. */
export class ForbiddenError extends Error {
  constructor(readonly action: string) {
    super(`Åtgärden ${action} är inte tillåten för den här användaren.`);
  }
}

type Actor = Pick<SessionUser, "role" | "unitId" | "providerId" | "id"> & { participantId?: string | null };

const is = (actor: Actor, ...roles: Role[]) => roles.includes(actor.role);
/** A participant signed in to their own view, about their own case. */
const isParticipant = (a: Actor, record: { participantId: string }) => is(a, "DELTAGARE") && !!a.participantId && a.participantId === record.participantId;
const STAFF: Role[] = ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN"];

/**
 * One policy per action. A resource argument is the smallest shape the decision needs;
 * reads must still go through the scoped queries below.
 */
export const policies = {
  viewCaseload: (a: Actor) => is(a, "HANDLAGGARE"),
  readParticipant: (a: Actor, p: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === p.unitId,
  registerParticipant: (a: Actor) => is(a, "HANDLAGGARE") && a.unitId !== null,
  /** Edit, transfer, record assessments, plans and milestones: the participant's own unit. */
  manageParticipant: (a: Actor, p: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === p.unitId,
  registerPlacement: (a: Actor, p: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === p.unitId,
  /** Extend, shorten, end or cancel: the participant's own unit. */
  changePlacement: (a: Actor, p: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === p.unitId,
  viewOwnPlacements: (a: Actor) => is(a, "ANORDNARE") && a.providerId !== null,
  logFollowUp: (a: Actor, placement: { providerId: string }) => is(a, "ANORDNARE") && a.providerId === placement.providerId,
  reviewFollowUp: (a: Actor, participant: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === participant.unitId,
  viewDashboard: (a: Actor) => is(a, "KOORDINATOR"),
  exportReport: (a: Actor) => is(a, "KOORDINATOR"),
  /** Every case officer may look providers up and place participants there, whichever unit registered them. */
  viewProviders: (a: Actor) => is(a, "HANDLAGGARE") && a.unitId !== null,
  registerProvider: (a: Actor) => (is(a, "HANDLAGGARE") && a.unitId !== null) || is(a, "ADMIN"),
  /** Only the unit that registered a provider edits it (and an admin); a provider nobody owns, only an admin. */
  editProvider: (a: Actor, p: { unitId: string | null }) => (is(a, "HANDLAGGARE") && p.unitId !== null && a.unitId === p.unitId) || is(a, "ADMIN"),
  manageUsers: (a: Actor) => is(a, "ADMIN"),
  /** Proposals (anordnarens förslag): the placement's provider proposes and withdraws, the participant's unit answers. */
  proposeChange: (a: Actor, placement: { providerId: string }) => is(a, "ANORDNARE") && a.providerId === placement.providerId,
  answerProposal: (a: Actor, participant: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === participant.unitId,
  /** The participant's rights (GDPR art. 15): register extract and access-log extract, by the participant's own unit. */
  extractParticipantData: (a: Actor, p: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === p.unitId,
  /** Retention (gallring): anonymising participants long gone, across every unit. */
  runRetention: (a: Actor) => is(a, "ADMIN"),
  /** Administration (issue 10): searching and exporting the audit log; each search is itself logged. */
  searchAuditLog: (a: Actor) => is(a, "ADMIN"),
  /** The REST API's keys (issue 17): created and revoked by an admin. */
  manageApiKeys: (a: Actor) => is(a, "ADMIN"),
  /** Notices (issue 17): every user reads and marks their own, and chooses their own digest. */
  manageOwnNotices: (a: Actor) => is(a, ...STAFF),
  /** Their own password and sessions: staff, who sign in with a password. A participant signs in with a code or e-ID and has neither to manage. */
  manageOwnAccount: (a: Actor) => is(a, ...STAFF),
  /** Logguppföljning (issue 17): a case officer an admin has granted it reviews the sampled accesses to the unit's participants. */
  reviewAccesses: (a: Actor, grant: { reviewsAccess: boolean }) => is(a, "HANDLAGGARE") && a.unitId !== null && grant.reviewsAccess === true,
  /** The admin follows the reviews up: counts per unit and month, the flags and their reasons. */
  followUpAccessReviews: (a: Actor) => is(a, "ADMIN"),
  /** The placement agreement: the participant's unit drafts, sends and changes it, approves last and, for now, on the participant's behalf. */
  manageAgreement: (a: Actor, participant: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === participant.unitId,
  /** The placement's provider approves the agreement for the host workplace. */
  approveAgreementAsHost: (a: Actor, placement: { providerId: string }) => is(a, "ANORDNARE") && a.providerId === placement.providerId,
  /** The participant's own view (Mina sidor, issue 18): their own case, nothing else. */
  viewOwnCase: (a: Actor) => is(a, "DELTAGARE") && !!a.participantId,
  /** The participant approves their own placement's agreement. */
  approveAgreementAsParticipant: (a: Actor, placement: { participantId: string }) => isParticipant(a, placement),
  /** The participant writes their own view before a follow-up, and confirms or questions one after. */
  writeOwnStatement: (a: Actor, placement: { participantId: string }) => isParticipant(a, placement),
  /** The participant's unit opens and ends the participant's own login and hands over its sign-in codes. */
  manageParticipantAccess: (a: Actor, participant: { unitId: string }) => is(a, "HANDLAGGARE") && a.unitId === participant.unitId,
} as const;

export type PolicyName = keyof typeof policies;

/** The start page of each role: where sign-in lands. */
export const START_PAGE: Record<Role, string> = {
  HANDLAGGARE: "/handlaggare",
  ANORDNARE: "/anordnare",
  KOORDINATOR: "/koordinator",
  ADMIN: "/admin",
  DELTAGARE: "/mina-sidor",
};

const NOTHING = { id: { in: [] as string[] } };

/**
 * Participants this user may see row by row: a case officer's unit; nobody else. An anonymised
 * participant (retention) is gone for everyone; only aggregate figures still count them.
 */
export function participantScope(actor: Actor): Prisma.ParticipantWhereInput {
  if (actor.role === "HANDLAGGARE" && actor.unitId) return { unitId: actor.unitId, anonymisedAt: null };
  return NOTHING;
}

/** Placements this user may see row by row: a provider's own, a case officer's unit. */
export function placementScope(actor: Actor): Prisma.PlacementWhereInput {
  if (actor.role === "ANORDNARE" && actor.providerId) return hostScope(actor.id, actor.providerId);
  if (actor.role === "HANDLAGGARE" && actor.unitId) return { participant: { unitId: actor.unitId, anonymisedAt: null } };
  return NOTHING;
}

// Follow-ups (issue 8): which placements a host user sees, and for how long.

/**
 * A provider's user sees the provider's placements; a supervisor with a login of their own sees only
 * the placements they supervise. Said in one `where`, with no lookup: either this user supervises the
 * placement, or this user supervises nothing at the provider (the contact).
 */
function hostScope(userId: string, providerId: string): Prisma.PlacementWhereInput {
  // A supervisor marked inactive keeps no access through their login: they match neither branch.
  return {
    providerId,
    participant: { anonymisedAt: null },
    OR: [{ supervisor: { userId, active: true } }, { provider: { supervisors: { none: { userId } } } }],
  };
}

/**
 * The placements a host user may open: their scope, whose last day (the actual end, else the planned
 * end) is no earlier than `seesEndedFrom`, PROVIDER_READ_DAYS_AFTER_END days before today. Judged on
 * the dates, not the stored status, so a placement the calendar has ended closes on time even before
 * the status job has run. A cancelled placement is never shown.
 */
export function hostPlacementScope(actor: Actor, seesEndedFrom: string): Prisma.PlacementWhereInput {
  if (actor.role !== "ANORDNARE" || !actor.providerId) return NOTHING;
  const from = new Date(`${seesEndedFrom}T00:00:00.000Z`);
  return {
    AND: [
      hostScope(actor.id, actor.providerId),
      { status: { not: "CANCELLED" } },
      { OR: [{ actualEndDate: { gte: from } }, { actualEndDate: null, plannedEndDate: { gte: from } }] },
    ],
  };
}

/**
 * The placements a participant sees in their own view: their own, never a cancelled one, and nothing once
 * they are anonymised (retention). Everyone else: none.
 */
export function ownPlacementScope(actor: Actor): Prisma.PlacementWhereInput {
  if (actor.role !== "DELTAGARE" || !actor.participantId) return NOTHING;
  return { participantId: actor.participantId, participant: { anonymisedAt: null }, status: { not: "CANCELLED" } };
}

/** The participant a participant's login opens: themselves, while not anonymised. */
export function ownParticipantScope(actor: Actor): Prisma.ParticipantWhereInput {
  if (actor.role !== "DELTAGARE" || !actor.participantId) return NOTHING;
  return { id: actor.participantId, anonymisedAt: null };
}

/** Follow-ups a case officer reviews: those of their own participants (responsible officer), in their unit. */
export function reviewScope(actor: Actor): Prisma.FollowUpWhereInput {
  if (actor.role !== "HANDLAGGARE" || !actor.unitId) return NOTHING;
  return { placement: { participant: { unitId: actor.unitId, responsibleOfficerId: actor.id, anonymisedAt: null } } };
}

/** Follow-ups a case officer may open: any of their unit's participants. */
export function officerFollowUpScope(actor: Actor): Prisma.FollowUpWhereInput {
  if (actor.role !== "HANDLAGGARE" || !actor.unitId) return NOTHING;
  return { placement: { participant: { unitId: actor.unitId, anonymisedAt: null } } };
}

/**
 * Users this user may manage: an admin every staff account. A participant's own login is their case officer's
 * to open and close (lib/server/participant-access), so it is not among an admin's accounts.
 */
export function userScope(actor: Actor): Prisma.UserWhereInput {
  return actor.role === "ADMIN" ? { role: { not: "DELTAGARE" } } : NOTHING;
}

/**
 * Participants a coordinator's figures cover: their scope grants, read by lib/server/coordinator-scope.ts
 * (units, municipalities where participants live, or national). No grant covers nothing rather than
 * everything: a wider scope is an explicit grant, never a missing value.
 */
export function aggregateScope(actor: Actor, coverage: Coverage | null): Prisma.ParticipantWhereInput {
  if (actor.role !== "KOORDINATOR" || coverage === null) return NOTHING;
  if (coverage.national) return {};
  return { OR: [{ unitId: { in: coverage.unitIds } }, { municipalityCode: { in: coverage.municipalityCodes } }] };
}

/** The same coverage for placements, through each placement's participant. */
export function placementAggregateScope(actor: Actor, coverage: Coverage | null): Prisma.PlacementWhereInput {
  return { participant: aggregateScope(actor, coverage) };
}

// The REST API (issue 17): an API key acts for its provider or its coordinator, never for a user.

/** What a key's policies look at: its kind and what it belongs to. */
type KeyHolder = { kind: "PROVIDER" | "COORDINATOR"; providerId: string | null; coordinatorId: string | null };

/** One policy per API route; a key of the other kind is refused (403), whatever it asks for. */
export const apiKeyPolicies = {
  readPlacements: (k: KeyHolder) => k.kind === "PROVIDER" && k.providerId !== null,
  readFigures: (k: KeyHolder) => k.kind === "COORDINATOR" && k.coordinatorId !== null,
} as const;

/**
 * The placements a provider's key reads: what the provider's contact sees on the host's pages (every
 * supervisor's placements, ended ones for 40 days, never a cancelled one). A key's id is no user's, so
 * `hostScope` takes its contact branch: the key supervises nothing.
 */
export function apiKeyPlacementScope(key: KeyHolder & { id: string }, seesEndedFrom: string): Prisma.PlacementWhereInput {
  if (!apiKeyPolicies.readPlacements(key)) return NOTHING;
  return hostPlacementScope({ id: key.id, role: "ANORDNARE", providerId: key.providerId, unitId: null }, seesEndedFrom);
}

/**
 * Sampled accesses a reviewer may see and decide: their unit's samples, never their own accesses (another
 * reviewer of the unit decides those), and no participant anonymised since.
 */
export function accessReviewScope(actor: Actor): Prisma.AccessReviewItemWhereInput {
  if (actor.role !== "HANDLAGGARE" || !actor.unitId) return NOTHING;
  return { sample: { unitId: actor.unitId }, actorId: { not: actor.id }, participant: { anonymisedAt: null } };
}
