import "server-only";
import type { AllNoticesRead, NoticeDigestChoice, NoticeRead } from "@/lib/validation/notices";
import { recordAudit } from "../audit";
import { policies } from "../authz";
import { inTransaction } from "../command";
import { db } from "../db";
import { forbidden, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";

/**
 * Marks the user's notice with this id read. Like marking one already read, an id that is none of the
 * user's own marks nothing and answers as done: the user's notices are the whole scope, so there is
 * nothing to tell apart and nothing to leak (another user's notice is never touched). Marking is not
 * audited: a notice holds no personal data, and reading the page that names the participant already is.
 */
export async function markNoticeRead(user: SessionUser, input: NoticeRead): Promise<Result<{ marked: number }>> {
  if (!policies.manageOwnNotices(user)) return forbidden();
  const { count } = await db().notice.updateMany({ where: { id: input.noticeId, userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return ok({ marked: count });
}

/** Marks read every unread notice the page showed (made no later than `shownUpTo`); a newer one stays unread. */
export async function markAllNoticesRead(user: SessionUser, input: AllNoticesRead): Promise<Result<{ marked: number }>> {
  if (!policies.manageOwnNotices(user)) return forbidden();
  return inTransaction(async (tx) => {
    const { count } = await tx.notice.updateMany({ where: { userId: user.id, readAt: null, createdAt: { lte: new Date(input.shownUpTo) } }, data: { readAt: new Date() } });
    return ok({ marked: count });
  });
}

/** Turns the user's daily e-mail digest on or off; audited, as a change to what is sent to them. */
export async function setNoticeDigest(user: SessionUser, input: NoticeDigestChoice): Promise<Result<{ digest: boolean }>> {
  if (!policies.manageOwnNotices(user)) return forbidden();
  const digest = input.digest === "pa";
  return inTransaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { noticeDigest: true } });
    await tx.user.update({ where: { id: user.id }, data: { noticeDigest: digest } });
    await recordAudit(tx, user, { action: "UPDATE", entity: "User", entityId: user.id, changes: { noticeDigest: { before: before.noticeDigest, after: digest } } });
    return ok({ digest });
  });
}
