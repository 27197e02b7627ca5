import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import { attendanceBand, followUpDateRefusals, needsRemoteReview, nextFollowUpDue } from "@/lib/rules";
import { followUpContentRefusals, type FollowUpSubmission } from "@/lib/validation/follow-up";
import { recordAudit } from "../audit";
import { today } from "../clock";
import { inTransaction } from "../command";
import type { Tx } from "../db";
import { conflict, invalid, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";
import { followUpContent } from "./content";
import { draftAtVersion, type LoadedDraft } from "./drafts";
import { hostFollowUpWhere, placementDays } from "./host-scope";

type Submitted = { id: string; placementId: string };

/**
 * Sends a draft to the case officer and locks it. The dates must lie within the placement and not
 * in the future; a remote or mixed placement needs its remote review. In the same transaction a
 * correction supersedes the version it replaces, and the placement's latest follow-up and next due
 * date are written. A second submit of the same form (a double click) answers as the first did.
 */
export async function submitFollowUp(user: SessionUser, input: FollowUpSubmission): Promise<Result<Submitted>> {
  return inTransaction(async (tx) => {
    const loaded = await draftAtVersion(tx, user, input.followUpId, input.version);
    if (!loaded.ok) return (await alreadySubmitted(tx, user, input)) ?? loaded;
    const draft = loaded.value;
    const day = today();
    const { start, end } = placementDays(draft.placement, day);
    const refusals = [
      ...followUpDateRefusals({ date: input.date, periodFrom: input.periodFrom, periodTo: input.periodTo, today: day, placementStart: start, placementEnd: end }),
      ...followUpContentRefusals(input, needsRemoteReview(draft.placement.mode)),
    ];
    if (refusals.length > 0) return invalid(refusals);

    const { followUpId, version, ...content } = input;
    const remote = needsRemoteReview(draft.placement.mode);
    const { count } = await tx.followUp.updateMany({
      where: { id: followUpId, version, status: "DRAFT" },
      data: {
        ...followUpContent(content),
        // What the form says about a remote review counts only where the placement is remote or mixed.
        ...(!remote && { remoteIsolated: null, remoteMoveOnSite: null, remoteReview: null, remoteConcern: false }),
        attendance: attendanceBand(input.plannedHours, input.attendedHours),
        status: "SUBMITTED",
        submittedAt: new Date(),
        version: { increment: 1 },
      },
    });
    // Lost to a parallel submit of the same form (a double click before the first answered): answer as it did.
    if (count !== 1) return (await alreadySubmitted(tx, user, input)) ?? conflict();
    if (draft.replacesId) await supersede(tx, user, draft.replacesId, followUpId);
    await recordAudit(tx, user, { action: "UPDATE", entity: "FollowUp", entityId: followUpId, changes: { status: { before: "DRAFT", after: "SUBMITTED" }, replaces: draft.replacesId } });
    await recordFollowUpDates(tx, user, draft.placement);
    return ok({ id: followUpId, placementId: draft.placementId });
  });
}

/** The same form sent twice: the first registered it (one version on), so the second has nothing to do. */
async function alreadySubmitted(tx: Tx, user: SessionUser, input: FollowUpSubmission): Promise<Result<Submitted> | null> {
  const row = await tx.followUp.findFirst({ where: { AND: [hostFollowUpWhere(user), { id: input.followUpId }] }, select: { id: true, placementId: true, status: true, version: true } });
  if (!row) return notFound();
  return row.status !== "DRAFT" && row.version === input.version + 1 ? ok({ id: row.id, placementId: row.placementId }) : null;
}

/** The version a correction replaces stays, read-only, as history. */
async function supersede(tx: Tx, user: SessionUser, replacedId: string, byId: string) {
  const { count } = await tx.followUp.updateMany({ where: { id: replacedId, status: { in: ["SUBMITTED", "REVIEWED"] } }, data: { status: "SUPERSEDED", version: { increment: 1 } } });
  if (count === 1) await recordAudit(tx, user, { action: "UPDATE", entity: "FollowUp", entityId: replacedId, changes: { status: { after: "SUPERSEDED" }, correctedBy: byId } });
}

/** The placement's latest submitted follow-up and the next due date, from the follow-ups that stand (not drafts, not superseded). */
async function recordFollowUpDates(tx: Tx, user: SessionUser, placement: LoadedDraft["placement"]) {
  const latest = await tx.followUp.aggregate({ where: { placementId: placement.id, status: { in: ["SUBMITTED", "REVIEWED"] } }, _max: { date: true } });
  const last = latest._max.date ? isoDay(latest._max.date) : null;
  const due = nextFollowUpDue({ startDate: isoDay(placement.startDate), decisionDate: isoDay(placement.decisionDate), kind: placement.kind, mode: placement.mode, lastFollowUpDate: last });
  const before = await tx.placement.findUniqueOrThrow({ where: { id: placement.id }, select: { lastFollowUpOn: true, nextFollowUpDueOn: true } });
  // Not a version change: the follow-up dates are the host's, and must not make an officer's open form stale.
  await tx.placement.update({ where: { id: placement.id }, data: { lastFollowUpOn: last ? dayToDate(last) : null, nextFollowUpDueOn: dayToDate(due) } });
  await recordAudit(tx, user, {
    action: "UPDATE",
    entity: "Placement",
    entityId: placement.id,
    changes: {
      change: "FOLLOW_UP_SUBMITTED",
      lastFollowUpOn: { before: before.lastFollowUpOn ? isoDay(before.lastFollowUpOn) : null, after: last },
      nextFollowUpDueOn: { before: before.nextFollowUpDueOn ? isoDay(before.nextFollowUpDueOn) : null, after: due },
    },
  });
}
