import "server-only";
import { isoDay } from "@/lib/format/date";
import { decisionReasonRefusal, monthToReview, type IsoDate } from "@/lib/rules";
import type { AccessReviewDecisionInput } from "@/lib/validation/access-review";
import { recordAudit, recordReads } from "../audit";
import { accessReviewScope, policies } from "../authz";
import { today } from "../clock";
import { inTransaction } from "../command";
import { db, type Tx } from "../db";
import { conflict, fieldError, forbidden, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";
import { drawAccessReviewSample } from "./draw";

/** Whether the user may review accesses: read from the user row, since the session carries no grants. */
export async function isAccessReviewer(user: SessionUser, reader: Pick<Tx, "user"> = db()): Promise<boolean> {
  const row = await reader.user.findUnique({ where: { id: user.id }, select: { reviewsAccess: true } });
  return policies.reviewAccesses(user, { reviewsAccess: row?.reviewsAccess ?? false });
}

const ITEM_SELECT = {
  id: true,
  day: true,
  firstAt: true,
  lastAt: true,
  eventIds: true,
  views: true,
  relation: true,
  status: true,
  reason: true,
  decidedAt: true,
  version: true,
  decidedBy: { select: { name: true } },
  actor: { select: { name: true, role: true, unit: { select: { name: true } }, provider: { select: { name: true } } } },
  participant: { select: { id: true, firstName: true, lastName: true, protectedIdentity: true, caseNumber: true, personalIdentityNumber: true } },
} as const;

export type ReviewMonth = { month: IsoDate; sampleId: string };

/**
 * The reviewer's sample for `month` (default: last month, drawn now if this is the first visit since it ended),
 * the unit's earlier months, and how many of the month's sampled accesses are the reviewer's own (another
 * reviewer decides those). Showing the sample is a read of each participant in it.
 */
export async function getAccessReview(user: SessionUser, asked: IsoDate | null) {
  if (!(await isAccessReviewer(user))) return forbidden();
  const unitId = user.unitId!;
  const latest = monthToReview(today());
  await drawAccessReviewSample(db(), unitId, latest, user);
  const months = (await db().accessReviewSample.findMany({ where: { unitId }, orderBy: { month: "desc" }, select: { id: true, month: true } })).map((s) => ({
    month: isoDay(s.month),
    sampleId: s.id,
  }));
  const shown = months.find((m) => m.month === (asked ?? latest)) ?? months[0]!;
  return db().$transaction(async (tx) => {
    const items = await tx.accessReviewItem.findMany({
      where: { AND: [accessReviewScope(user), { sampleId: shown.sampleId }] },
      orderBy: [{ day: "asc" }, { firstAt: "asc" }, { id: "asc" }],
      select: ITEM_SELECT,
    });
    const own = await tx.accessReviewItem.count({ where: { sampleId: shown.sampleId, actorId: user.id } });
    const population = (await tx.accessReviewSample.findUniqueOrThrow({ where: { id: shown.sampleId }, select: { population: true } })).population;
    await recordReads(tx, user, "Participant", [...new Set(items.map((i) => i.participant.id))], "access-review");
    return ok({ month: shown.month, months, items, own, population });
  });
}

export type AccessReviewView = Extract<Awaited<ReturnType<typeof getAccessReview>>, { ok: true }>["value"];
export type AccessReviewRow = AccessReviewView["items"][number];

/** One sampled access with its history of decisions, for the reviewer; not found outside their scope. */
export async function getAccessReviewItem(user: SessionUser, itemId: string) {
  if (!(await isAccessReviewer(user))) return forbidden();
  return db().$transaction(async (tx) => {
    const item = await tx.accessReviewItem.findFirst({
      where: { AND: [accessReviewScope(user), { id: itemId }] },
      select: {
        ...ITEM_SELECT,
        sample: { select: { month: true } },
        decisions: { orderBy: [{ decidedAt: "desc" }, { id: "desc" }], select: { id: true, status: true, reason: true, decidedAt: true, reviewer: { select: { name: true } } } },
      },
    });
    if (!item) return notFound();
    await recordReads(tx, user, "Participant", [item.participant.id], "access-review-item");
    return ok(item);
  });
}

export type AccessReviewItemView = Extract<Awaited<ReturnType<typeof getAccessReviewItem>>, { ok: true }>["value"];

/**
 * Confirms a sampled access as justified or flags it as not, at the version the form was opened at. A flag,
 * and any change of an earlier decision, needs a reason (lib/rules). Every decision is kept as history.
 */
export async function decideAccessReview(user: SessionUser, input: AccessReviewDecisionInput): Promise<Result<{ id: string }>> {
  return inTransaction(async (tx) => {
    if (!(await isAccessReviewer(user, tx))) return forbidden();
    const item = await tx.accessReviewItem.findFirst({
      where: { AND: [accessReviewScope(user), { id: input.itemId }] },
      select: { id: true, status: true, reason: true, version: true, participantId: true },
    });
    if (!item) return notFound();
    if (item.version !== input.version) return conflict();
    const refusal = decisionReasonRefusal(input.decision, item.status, input.reason);
    if (refusal) return fieldError("reason", refusal);
    const reason = input.reason ?? null;
    const { count } = await tx.accessReviewItem.updateMany({
      where: { id: item.id, version: item.version },
      data: { status: input.decision, reason, decidedById: user.id, decidedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return conflict();
    await tx.accessReviewDecision.create({ data: { itemId: item.id, participantId: item.participantId, reviewerId: user.id, status: input.decision, reason } });
    await recordAudit(tx, user, {
      action: "UPDATE",
      entity: "AccessReviewItem",
      entityId: item.id,
      changes: { status: { before: item.status, after: input.decision }, reason: { before: item.reason, after: reason } },
    });
    return ok({ id: item.id });
  });
}
