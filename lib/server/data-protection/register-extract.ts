import "server-only";
import { formatPersonalNumber } from "@/lib/format/personal-number";
import { recordAudit } from "../audit";
import { participantScope, policies } from "../authz";
import { db, type Tx } from "../db";
import type { SessionUser } from "../session-user";

/** People in the extract are named, never given with their e-mail or anything else of their account. */
const byName = { select: { name: true } } as const;

/** How the extract leaves Stegvis: shown on the printable page (a read) or downloaded as JSON (an export). */
export type ExtractForm = "page" | "json";

async function participantInScope(tx: Tx, user: SessionUser, participantId: string) {
  const participant = await tx.participant.findFirst({
    where: { AND: [participantScope(user), { id: participantId }] },
    include: { unit: byName, responsibleOfficer: byName },
  });
  return participant && policies.extractParticipantData(user, participant) ? participant : null;
}

/**
 * Everything Stegvis stores about one participant (registerutdrag, GDPR art. 15): the person, every
 * placement with its history, follow-ups (drafts too) and the participant's own views and answers,
 * assessments, stages, plan, milestones and outcomes. Other people appear by name only. Null when the user's scope does not hold the participant;
 * otherwise the extract is audited in the same transaction: READ for the page, EXPORT for the file.
 */
export async function getRegisterExtract(user: SessionUser, participantId: string, form: ExtractForm) {
  return db().$transaction(async (tx) => {
    const participant = await participantInScope(tx, user, participantId);
    if (!participant) return null;
    const id = participant.id;
    // One after another: a transaction holds one connection.
    const placements = await tx.placement.findMany({
      where: { participantId: id },
      orderBy: [{ startDate: "asc" }, { periodNumber: "asc" }],
      include: {
        provider: { select: { name: true, organisationNumber: true } },
        supervisor: byName,
        decidedBy: byName,
        events: { orderBy: { createdAt: "asc" }, include: { by: byName } },
        followUps: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], include: { author: byName, reviewedBy: byName } },
        proposals: { orderBy: { createdAt: "asc" }, include: { author: byName, answeredBy: byName } },
        // The participant's own words; the author is their own login, so it is not named.
        statements: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, agrees: true, text: true, createdAt: true, followUp: { select: { date: true } } } },
      },
    });
    const assessments = await tx.individualAssessment.findMany({ where: { participantId: id }, orderBy: [{ date: "asc" }, { createdAt: "asc" }], include: { assessedBy: byName } });
    const stageAssessments = await tx.stageAssessment.findMany({ where: { participantId: id }, orderBy: [{ date: "asc" }, { createdAt: "asc" }], include: { assessedBy: byName } });
    const actionPlan = await tx.actionPlan.findUnique({ where: { participantId: id }, include: { updatedBy: byName } });
    const milestones = await tx.milestone.findMany({ where: { participantId: id }, orderBy: [{ date: "asc" }, { createdAt: "asc" }], include: { recordedBy: byName } });
    const outcomes = await tx.outcome.findMany({ where: { participantId: id }, orderBy: [{ date: "asc" }, { createdAt: "asc" }], include: { recordedBy: byName } });

    await recordAudit(tx, user, {
      action: form === "json" ? "EXPORT" : "READ",
      entity: "Participant",
      entityId: id,
      changes: { view: "register-extract", format: form },
    });

    const { personalIdentityNumber, unit, responsibleOfficer, ...person } = participant;
    return {
      createdAt: new Date(),
      participant: { ...person, personalNumber: formatPersonalNumber(personalIdentityNumber), unit: unit.name, responsibleOfficer: responsibleOfficer?.name ?? null },
      placements,
      assessments,
      stageAssessments,
      actionPlan,
      milestones,
      outcomes,
    };
  });
}

export type RegisterExtract = NonNullable<Awaited<ReturnType<typeof getRegisterExtract>>>;
