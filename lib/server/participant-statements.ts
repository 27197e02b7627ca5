import "server-only";
import { isoDay } from "@/lib/format/date";
import { STATEMENT_MESSAGES, answerRefusal, ownViewRefusal, responseRefusal } from "@/lib/rules";
import { agreesWith, type FollowUpResponseInput, type OwnViewInput } from "@/lib/validation/participant-statement";
import { recordAudit } from "./audit";
import { ownPlacementScope, placementScope, policies } from "./authz";
import { today } from "./clock";
import { inTransaction, type DatabaseRefusal } from "./command";
import { db, type Tx } from "./db";
import type { Prisma } from "./generated/prisma/client";
import { conflict, fieldError, forbidden, notFound, ok, type Refusal, type Result } from "./result";
import { lockPlacement } from "./row-locks";
import type { SessionUser } from "./session-user";

/*
 * The participant's own view of a placement (deltagarens egen bild, issue 18): what they write before a
 * follow-up and their answer to one after it, and where the host and the case officer read them. The
 * participant writes in their own view (Mina sidor, ownPlacementScope); staff read through the follow-up or
 * placement they could already open. Audit events name the statement, its kind and the answer, never the text.
 */

/** The same view sent again within this time (a double click, a replayed form) is the first one. */
const DOUBLE_SUBMIT_MS = 60_000;

const STATEMENT = {
  id: true,
  kind: true,
  agrees: true,
  text: true,
  createdAt: true,
  followUpId: true,
  followUp: { select: { date: true } },
} as const satisfies Prisma.ParticipantStatementSelect;

type Row = Prisma.ParticipantStatementGetPayload<{ select: typeof STATEMENT }>;

const view = ({ followUp, ...s }: Row) => ({ ...s, followUpDate: followUp ? isoDay(followUp.date) : null });

/** One statement as the pages show it: newest first in every list. */
export type StatementView = ReturnType<typeof view>;

/** A transaction client or the plain client: the staff reads run inside the page's audited read. */
type Reader = Pick<Tx, "participantStatement" | "followUp">;

const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ParticipantStatementOrderByWithRelationInput[];

type Written = { id: string; placementId: string };

/**
 * The participant writes how they see their placement, before a follow-up: their own placement (else not
 * found), while it is planned or running (`ownViewRefusal`). The same text sent twice within a minute is
 * written once: the placement's row is locked, so the second finds the first and answers with it.
 */
export async function writeOwnView(user: SessionUser, input: OwnViewInput): Promise<Result<Written>> {
  if (!policies.viewOwnCase(user)) return forbidden();
  return inTransaction(async (tx) => {
    const placement = await tx.placement.findFirst({
      where: { AND: [ownPlacementScope(user), { id: input.placementId }] },
      select: { id: true, participantId: true, status: true, startDate: true, plannedEndDate: true, actualEndDate: true },
    });
    if (!placement) return notFound();
    if (!policies.writeOwnStatement(user, placement)) return forbidden();
    const refusal = ownViewRefusal({ status: placement.status, startDate: isoDay(placement.startDate), endDate: isoDay(placement.actualEndDate ?? placement.plannedEndDate) }, today());
    if (refusal) return conflict(refusal);

    await lockPlacement(tx, placement.id);
    const values = { participantId: placement.participantId, placementId: placement.id, kind: "BEFORE_FOLLOW_UP", text: input.text, authorId: user.id } as const;
    const same = await tx.participantStatement.findFirst({ where: { ...values, createdAt: { gte: new Date(Date.now() - DOUBLE_SUBMIT_MS) } }, select: { id: true } });
    if (same) return ok({ id: same.id, placementId: placement.id });
    const created = await tx.participantStatement.create({ data: values, select: { id: true } });
    await recordAudit(tx, user, { action: "CREATE", entity: "ParticipantStatement", entityId: created.id, changes: { placementId: placement.id, kind: "BEFORE_FOLLOW_UP" } });
    return ok({ id: created.id, placementId: placement.id });
  });
}

/** A second answer sent at the same moment as the first loses on the unique follow-up, and is told so. */
const explainSecondAnswer = (refusal: DatabaseRefusal): Refusal | null =>
  refusal.code === "23505" && (refusal.constraint ?? "ParticipantStatement_followUpId_key") === "ParticipantStatement_followUpId_key"
    ? conflict(STATEMENT_MESSAGES.alreadyAnswered)
    : null;

/**
 * The participant confirms a follow-up of their own placement or questions it (saying what is not right).
 * Only a sent follow-up is answered (a draft is the host's and is not found), once, and not a version the host
 * has since corrected (`answerRefusal`).
 */
export async function respondToFollowUp(user: SessionUser, input: FollowUpResponseInput): Promise<Result<Written & { followUpId: string }>> {
  if (!policies.viewOwnCase(user)) return forbidden();
  return inTransaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({
      where: { id: input.followUpId, status: { not: "DRAFT" }, placement: ownPlacementScope(user) },
      select: { id: true, status: true, placementId: true, placement: { select: { participantId: true } }, participantResponse: { select: { id: true } } },
    });
    if (!followUp) return notFound();
    if (!policies.writeOwnStatement(user, followUp.placement)) return forbidden();
    const refusal = answerRefusal({ answered: followUp.participantResponse !== null, superseded: followUp.status === "SUPERSEDED" });
    if (refusal) return conflict(refusal);
    const agrees = agreesWith(input.answer);
    const textRefusal = responseRefusal({ agrees, text: input.text });
    if (textRefusal) return fieldError("text", textRefusal);

    const created = await tx.participantStatement.create({
      data: { participantId: followUp.placement.participantId, placementId: followUp.placementId, followUpId: followUp.id, kind: "RESPONSE", agrees, text: input.text ?? null, authorId: user.id },
      select: { id: true },
    });
    await recordAudit(tx, user, {
      action: "CREATE",
      entity: "ParticipantStatement",
      entityId: created.id,
      changes: { placementId: followUp.placementId, followUpId: followUp.id, kind: "RESPONSE", agrees },
    });
    return ok({ id: created.id, placementId: followUp.placementId, followUpId: followUp.id });
  }, explainSecondAnswer);
}

/** Every statement on a placement, newest first, if the placement is in `scope` (else none). */
async function statementsOfPlacement(reader: Reader, placementId: string, scope: Prisma.PlacementWhereInput): Promise<StatementView[]> {
  const rows = await reader.participantStatement.findMany({ where: { placementId, placement: scope }, orderBy: NEWEST_FIRST, select: STATEMENT });
  return rows.map(view);
}

/**
 * The participant's own statements on one of their placements, newest first, for their own page; none when
 * the placement is not theirs (the page reads the placement itself and answers 404 for that).
 */
export async function ownStatements(user: SessionUser, placementId: string): Promise<StatementView[]> {
  if (!policies.viewOwnCase(user)) return [];
  return statementsOfPlacement(db(), placementId, ownPlacementScope(user));
}
export type OwnStatements = Awaited<ReturnType<typeof ownStatements>>;

/**
 * The participant's statements on a placement for the case officer's placement page, newest first; none
 * outside the officer's scope. The page reads the placement (an audited read of the participant) first.
 */
export async function placementStatementsForStaff(user: SessionUser, placementId: string): Promise<StatementView[]> {
  return statementsOfPlacement(db(), placementId, placementScope(user));
}

/**
 * The views the participant wrote before a follow-up: after the follow-up sent before it, up to `sentAt`
 * (when the follow-up was first sent; null for a new draft, so up to now). Only a follow-up's first version
 * counts as "sent before": a correction is the same follow-up, and the views belong where it was first sent.
 * Call it only for a follow-up the reader has already found in their scope.
 */
export async function ownViewsBefore(reader: Reader, placementId: string, sentAt: Date | null): Promise<StatementView[]> {
  const previous = await reader.followUp.aggregate({
    where: { placementId, replacesId: null, status: { not: "DRAFT" }, ...(sentAt && { submittedAt: { lt: sentAt } }) },
    _max: { submittedAt: true },
  });
  const since = previous._max.submittedAt;
  const rows = await reader.participantStatement.findMany({
    where: { placementId, kind: "BEFORE_FOLLOW_UP", createdAt: { ...(since && { gt: since }), ...(sentAt && { lte: sentAt }) } },
    orderBy: NEWEST_FIRST,
    select: STATEMENT,
  });
  return rows.map(view);
}

/** The participant's answer to one follow-up, or null. Call it only for a follow-up the reader has already found in their scope. */
export async function responseTo(reader: Reader, followUpId: string): Promise<StatementView | null> {
  const row = await reader.participantStatement.findUnique({ where: { followUpId }, select: STATEMENT });
  return row && view(row);
}
