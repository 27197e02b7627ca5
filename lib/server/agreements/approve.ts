import "server-only";
import { dayToDate } from "@/lib/format/date";
import { approvalRefusal, type AgreementParty } from "@/lib/rules";
import type { HostApproval, OfficerApproval, OwnApproval, ParticipantApprovalOnBehalf } from "@/lib/validation/agreement";
import { recordAudit } from "../audit";
import { today } from "../clock";
import { inTransaction } from "../command";
import { consentRefusalFor } from "../data-protection/consent";
import type { Tx } from "../db";
import type { OnBehalfReason } from "../generated/prisma/enums";
import { conflict, notFound, ok, type Result } from "../result";
import { lockPlacement } from "../row-locks";
import type { SessionUser } from "../session-user";
import { placementForHost, placementForOfficer, placementForParticipant, type AgreementPlacement } from "./load";
import { stateOf, versionFacts, versionsOf } from "./state";

export type Approved = { placementId: string; number: number; binding: boolean };

type Loader = (tx: Tx, user: SessionUser, placementId: string) => Promise<Result<AgreementPlacement>>;

/** The host's approval, for the workplace. */
export async function approveAgreementAsHost(user: SessionUser, input: HostApproval): Promise<Result<Approved>> {
  return approve(user, input.versionId, "HOST", placementForHost, null);
}

/** The participant's own approval, signed in to their own view: the same row as one given on their behalf, with their own user and no reason. */
export async function approveAgreementAsParticipant(user: SessionUser, input: OwnApproval): Promise<Result<Approved>> {
  return approve(user, input.versionId, "PARTICIPANT", placementForParticipant, null);
}

/**
 * The participant's approval, recorded by the case officer on the participant's behalf with the reason
 * (no e-ID, no digital access, at a meeting, on paper).
 */
export async function approveAgreementForParticipant(user: SessionUser, input: ParticipantApprovalOnBehalf): Promise<Result<Approved>> {
  return approve(user, input.versionId, "PARTICIPANT", placementForOfficer, input.onBehalfReason);
}

/** The officer's approval, last: the version becomes binding, and the placement takes its tasks and hours. */
export async function approveAgreementAsOfficer(user: SessionUser, input: OfficerApproval): Promise<Result<Approved>> {
  return approve(user, input.versionId, "OFFICER", placementForOfficer, null);
}

/**
 * One approval of one version by one party. The placement row is locked first, so two approvals of the
 * same agreement (a double submit, the host and the officer at once) run one after the other; an approval
 * that exists already answers as the first did. Only the newest version is approved, in the order and by
 * the parties lib/rules' approvalRefusal says.
 */
async function approve(user: SessionUser, versionId: string, party: AgreementParty, load: Loader, onBehalfReason: OnBehalfReason | null): Promise<Result<Approved>> {
  return inTransaction(async (tx) => {
    const target = await tx.agreementVersion.findUnique({ where: { id: versionId }, select: { placementId: true } });
    if (!target) return notFound();
    const loaded = await load(tx, user, target.placementId);
    if (!loaded.ok) return loaded;
    const placement = loaded.value;
    await lockPlacement(tx, placement.id);
    const versions = await versionsOf(tx, placement.id);
    const version = versions.find((v) => v.id === versionId)!;
    const done = { placementId: placement.id, number: version.number, binding: version.approvals.some((a) => a.party === "OFFICER") || party === "OFFICER" };
    if (version.approvals.some((a) => a.party === party)) return ok(done);

    const state = stateOf(placement, versions);
    const refusal = approvalRefusal(state, versionFacts(version), versions.at(-1)!.number, party);
    if (refusal) return conflict(refusal);
    const withdrawn = version.changeKind === "SHORTEN" ? null : consentRefusalFor(placement.participant, "agree");
    if (withdrawn) return conflict(withdrawn);

    const approval = await tx.agreementApproval.create({ data: { versionId, placementId: placement.id, party, approvedById: user.id, onBehalfReason }, select: { id: true } });
    await recordAudit(tx, user, {
      action: "CREATE",
      entity: "AgreementApproval",
      entityId: approval.id,
      changes: { placementId: placement.id, versionId, number: version.number, party, onBehalfReason },
    });
    if (party === "OFFICER") await placementTakesTerms(tx, user, placement, version);
    return ok(done);
  });
}

/**
 * Once binding, the agreement's tasks and hours are the placement's (the follow-ups and the host's page
 * read them there). Written straight, not through changePlacementTerms, which would write a new version.
 */
async function placementTakesTerms(tx: Tx, user: SessionUser, placement: AgreementPlacement, version: { tasks: string; hoursPerWeek: number; number: number }) {
  if (placement.tasks === version.tasks && placement.hoursPerWeek === version.hoursPerWeek) return;
  await tx.placement.update({ where: { id: placement.id }, data: { tasks: version.tasks, hoursPerWeek: version.hoursPerWeek, version: { increment: 1 } } });
  await tx.placementEvent.create({
    data: { placementId: placement.id, kind: "TERMS_CHANGED", date: dayToDate(today()), byId: user.id, reason: `Enligt överenskommelsen, version ${version.number}` },
  });
  await recordAudit(tx, user, {
    action: "UPDATE",
    entity: "Placement",
    entityId: placement.id,
    changes: {
      change: "TERMS_CHANGED",
      hoursPerWeek: { before: placement.hoursPerWeek, after: version.hoursPerWeek },
      tasksChanged: placement.tasks !== version.tasks,
      agreementVersion: version.number,
    },
  });
}
