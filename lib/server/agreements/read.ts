import "server-only";
import { displayName } from "@/lib/format/participant-name";
import { isoDay } from "@/lib/format/date";
import { maskPersonalNumber } from "@/lib/format/personal-number";
import { approvalRefusal, expiryWarning, providerSeesEndedFrom, type AgreementParty, type AgreementState } from "@/lib/rules";
import { recordAudit } from "../audit";
import { hostPlacementScope, ownPlacementScope, placementScope, policies } from "../authz";
import { today } from "../clock";
import { CONSENT_COLUMNS, consentRefusalFor } from "../data-protection/consent";
import { db } from "../db";
import type { SessionUser } from "../session-user";
import { placementSnapshot } from "./snapshot";
import { stateOf, versionFacts, versionsOf, type VersionRow } from "./state";

const PLACEMENT = {
  id: true,
  providerId: true,
  kind: true,
  mode: true,
  programme: true,
  status: true,
  periodNumber: true,
  startDate: true,
  plannedEndDate: true,
  actualEndDate: true,
  provider: { select: { name: true, organisationNumber: true } },
  participant: { select: { id: true, firstName: true, lastName: true, personalIdentityNumber: true, protectedIdentity: true, caseNumber: true, unitId: true, ...CONSENT_COLUMNS } },
} as const;

type Goal = { category: string; description: string };

const versionView = (v: VersionRow) => ({
  id: v.id,
  number: v.number,
  version: v.version,
  changeKind: v.changeKind,
  changeReason: v.changeReason,
  effectiveFrom: isoDay(v.effectiveFrom),
  purpose: v.purpose,
  goals: (Array.isArray(v.goals) ? v.goals : []) as Goal[],
  tasks: v.tasks,
  schedule: v.schedule,
  hoursPerWeek: v.hoursPerWeek,
  startDate: isoDay(v.startDate),
  endDate: isoDay(v.endDate),
  periodRule: v.periodRule,
  supervisorName: v.supervisorName,
  supervisorContact: v.supervisorContact,
  officerName: v.officerName,
  officerContact: v.officerContact,
  otherContacts: v.otherContacts,
  followUpPlan: v.followUpPlan,
  sentOn: v.sentOn ? isoDay(v.sentOn) : null,
  sentBy: v.sentBy?.name ?? null,
  createdBy: v.createdBy.name,
  approvals: v.approvals.map((a) => ({ party: a.party, by: a.approvedBy.name, onBehalfReason: a.onBehalfReason, at: a.approvedAt })),
});

export type AgreementVersionView = ReturnType<typeof versionView>;

/** What a page shows of a placement's agreement: every version (newest first), the status and who may approve now. */
function agreementView(versions: VersionRow[], state: AgreementState) {
  const views = versions.map(versionView);
  const latest = versions.at(-1) ?? null;
  const refusalFor = (party: AgreementParty) => (latest ? approvalRefusal(state, versionFacts(latest), latest.number, party) : "Det finns ingen överenskommelse ännu.");
  return {
    state,
    warning: expiryWarning(state),
    latest: latest ? versionView(latest) : null,
    binding: state.binding === null ? null : views.find((v) => v.number === state.binding)!,
    history: [...views].reverse(),
    /** Why each party may not approve the newest version now (null: it may); the page's hint and the service's refusal alike. */
    approvalRefusals: { PARTICIPANT: refusalFor("PARTICIPANT"), HOST: refusalFor("HOST"), OFFICER: refusalFor("OFFICER") } satisfies Record<AgreementParty, string | null>,
  };
}

const period = (p: { startDate: Date; plannedEndDate: Date; actualEndDate: Date | null }) => ({ startDate: isoDay(p.startDate), endDate: isoDay(p.actualEndDate ?? p.plannedEndDate) });

/**
 * The agreement as the case officer sees it, with what a first draft is prefilled with; null when the
 * placement is not in their scope. The read shows the participant, so it is audited.
 */
export async function agreementForOfficer(user: SessionUser, placementId: string, view: "agreement" | "agreement-pdf" | "agreement-form" = "agreement") {
  return db().$transaction(async (tx) => {
    const p = await tx.placement.findFirst({ where: { AND: [placementScope(user), { id: placementId }] }, select: PLACEMENT });
    if (!p || !policies.readParticipant(user, p.participant)) return null;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: p.participant.id, changes: { view, placementId: p.id } });
    const versions = await versionsOf(tx, p.id);
    const { participant, ...placement } = p;
    return {
      placement: { ...placement, ...period(p) },
      participant: { id: participant.id, name: `${participant.firstName} ${participant.lastName}`, personalNumber: maskPersonalNumber(participant.personalIdentityNumber) },
      consentRefusal: consentRefusalFor(participant, "agree"),
      mayManage: policies.manageAgreement(user, participant),
      prefill: await placementSnapshot(tx, p.id),
      ...agreementView(versions, stateOf(p, versions)),
    };
  });
}

/**
 * The agreement as the host sees it: the participant by display name only, never the personnummer;
 * null when the placement is not in the host's scope today, or has no version sent yet (a draft is the
 * officer's). Audited.
 */
export async function agreementForHost(user: SessionUser, placementId: string, view: "agreement" | "agreement-pdf" = "agreement") {
  if (!policies.viewOwnPlacements(user)) return null;
  return db().$transaction(async (tx) => {
    const p = await tx.placement.findFirst({ where: { AND: [hostPlacementScope(user, providerSeesEndedFrom(today())), { id: placementId }] }, select: PLACEMENT });
    if (!p || !policies.approveAgreementAsHost(user, p)) return null;
    const versions = (await versionsOf(tx, p.id)).filter((v) => v.sentOn !== null);
    if (versions.length === 0) return null;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: p.participant.id, changes: { view, placementId: p.id } });
    const { participant, ...placement } = p;
    return {
      placement: { ...placement, ...period(p) },
      participant: { id: participant.id, name: displayName(participant, user), personalNumber: null },
      consentRefusal: consentRefusalFor(participant, "agree"),
      ...agreementView(versions, stateOf(p, versions)),
    };
  });
}

/**
 * The agreement as the participant sees it in their own view: their own placement, sent versions only (a draft
 * is the officer's), their name as they are. Null when the placement is not theirs or nothing is sent. Audited.
 */
export async function agreementForParticipant(user: SessionUser, placementId: string) {
  if (!policies.viewOwnCase(user)) return null;
  return db().$transaction(async (tx) => {
    const p = await tx.placement.findFirst({ where: { AND: [ownPlacementScope(user), { id: placementId }] }, select: PLACEMENT });
    if (!p) return null;
    const versions = (await versionsOf(tx, p.id)).filter((v) => v.sentOn !== null);
    if (versions.length === 0) return null;
    await recordAudit(tx, user, { action: "READ", entity: "Participant", entityId: p.participant.id, changes: { view: "own-agreement", placementId: p.id } });
    const { participant, ...placement } = p;
    return {
      placement: { ...placement, ...period(p) },
      participant: { id: participant.id, name: `${participant.firstName} ${participant.lastName}`, personalNumber: maskPersonalNumber(participant.personalIdentityNumber) },
      consentRefusal: consentRefusalFor(participant, "agree"),
      ...agreementView(versions, stateOf(p, versions)),
    };
  });
}

export type AgreementView =
  | NonNullable<Awaited<ReturnType<typeof agreementForOfficer>>>
  | NonNullable<Awaited<ReturnType<typeof agreementForHost>>>
  | NonNullable<Awaited<ReturnType<typeof agreementForParticipant>>>;

/**
 * The agreement's status for a placement page that has already read (and audited) the placement in the
 * user's scope: the status, the expiry warning when due, and whether the host has an approval to give.
 * The host sees nothing of a draft.
 */
export async function agreementSummary(placementId: string, hostView: boolean) {
  const reader = db();
  const placement = await reader.placement.findUniqueOrThrow({ where: { id: placementId }, select: { status: true, startDate: true, plannedEndDate: true, actualEndDate: true } });
  const versions = (await versionsOf(reader, placementId)).filter((v) => !hostView || v.sentOn !== null);
  const latest = versions.at(-1);
  if (!latest) return null;
  const state = stateOf(placement, versions);
  const toApprove = (party: AgreementParty) => approvalRefusal(state, versionFacts(latest), latest.number, party) === null && !latest.approvals.some((a) => a.party === party);
  return { state, warning: expiryWarning(state), hostToApprove: toApprove("HOST"), participantToApprove: toApprove("PARTICIPANT") };
}
