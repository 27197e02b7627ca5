import "server-only";
import { isoDay } from "@/lib/format/date";
import type { IsoDate } from "@/lib/rules";
import type { AccessReviewerGrant } from "@/lib/validation/access-review";
import { recordAudit, recordReads } from "../audit";
import { policies, userScope } from "../authz";
import { inTransaction } from "../command";
import { db, type Tx } from "../db";
import { conflict, forbidden, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";

/** One unit's month: how many accesses it had, how many were drawn, reviewed and flagged. */
export type SampleFigures = { sampleId: string; unit: string; month: IsoDate; population: number; sampled: number; reviewed: number; flagged: number; reviewers: number };

/**
 * A flagged access as the administrator sees it: who, when, which participant by case number only (an admin
 * reads no participant's record, ADR 0010), the reviewer's reason and who gave it.
 */
export type FlaggedAccess = {
  id: string;
  unit: string;
  month: IsoDate;
  day: IsoDate;
  who: string;
  whoEmail: string;
  caseNumber: number;
  reason: string;
  decidedBy: string;
  decidedAt: Date;
};

async function flagged(tx: Tx): Promise<{ flags: FlaggedAccess[]; participantIds: string[] }> {
  const rows = await tx.accessReviewItem.findMany({
    where: { status: "FLAGGED" },
    orderBy: [{ sample: { month: "desc" } }, { day: "asc" }, { id: "asc" }],
    select: {
      id: true,
      day: true,
      reason: true,
      decidedAt: true,
      participantId: true,
      decidedBy: { select: { name: true } },
      actor: { select: { name: true, email: true } },
      participant: { select: { caseNumber: true } },
      sample: { select: { month: true, unit: { select: { name: true } } } },
    },
  });
  const flags = rows.map((r) => ({
    id: r.id,
    unit: r.sample.unit.name,
    month: isoDay(r.sample.month),
    day: isoDay(r.day),
    who: r.actor.name,
    whoEmail: r.actor.email,
    caseNumber: r.participant.caseNumber,
    reason: r.reason ?? "",
    decidedBy: r.decidedBy?.name ?? "",
    decidedAt: r.decidedAt ?? new Date(0),
  }));
  return { flags, participantIds: [...new Set(rows.map((r) => r.participantId))] };
}

/** Every unit's samples with their figures, and every flag with its reason; seeing the flags is a read of those participants. */
export async function accessReviewFollowUp(admin: SessionUser): Promise<Result<{ samples: SampleFigures[]; flags: FlaggedAccess[] }>> {
  if (!policies.followUpAccessReviews(admin)) return forbidden();
  return db().$transaction(async (tx) => {
    const samples = await tx.accessReviewSample.findMany({
      orderBy: [{ month: "desc" }, { unit: { name: "asc" } }],
      select: { id: true, month: true, population: true, unitId: true, unit: { select: { name: true } } },
    });
    const counts = await tx.accessReviewItem.groupBy({ by: ["sampleId", "status"], _count: { _all: true } });
    const reviewers = await tx.user.groupBy({ by: ["unitId"], where: { reviewsAccess: true, active: true, role: "HANDLAGGARE" }, _count: { _all: true } });
    const count = (sampleId: string, status?: string) =>
      counts.filter((c) => c.sampleId === sampleId && (status === undefined || c.status === status)).reduce((sum, c) => sum + c._count._all, 0);
    const figures = samples.map((s) => ({
      sampleId: s.id,
      unit: s.unit.name,
      month: isoDay(s.month),
      population: s.population,
      sampled: count(s.id),
      reviewed: count(s.id) - count(s.id, "PENDING"),
      flagged: count(s.id, "FLAGGED"),
      reviewers: reviewers.find((r) => r.unitId === s.unitId)?._count._all ?? 0,
    }));
    const { flags, participantIds } = await flagged(tx);
    await recordReads(tx, admin, "Participant", participantIds, "admin-access-review");
    return ok({ samples: figures, flags });
  });
}

/** The flags as a file for the follow-up's minutes; the export is one audit event naming how many it held. */
export async function exportAccessReviewFlags(admin: SessionUser): Promise<Result<FlaggedAccess[]>> {
  if (!policies.followUpAccessReviews(admin)) return forbidden();
  return db().$transaction(async (tx) => {
    const { flags, participantIds } = await flagged(tx);
    await recordAudit(tx, admin, { action: "EXPORT", entity: "AccessReviewItem", changes: { view: "admin-access-review-flags", format: "csv", rows: flags.length } });
    // The file names each participant by case number: an export of them, in each one's access-log extract.
    for (const entityId of participantIds) await recordAudit(tx, admin, { action: "EXPORT", entity: "Participant", entityId, changes: { view: "admin-access-review" } });
    return ok(flags);
  });
}

/** Grants or revokes the reviewer permission of a case officer, at the version the admin's page showed; audited. */
async function setReviewer(admin: SessionUser, input: AccessReviewerGrant, granted: boolean): Promise<Result<{ id: string }>> {
  if (!policies.manageUsers(admin)) return forbidden();
  return inTransaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { AND: [userScope(admin), { id: input.userId }] }, select: { id: true, role: true, unitId: true, reviewsAccess: true, version: true } });
    if (!user) return notFound();
    if (user.version !== input.version) return conflict();
    if (granted && (user.role !== "HANDLAGGARE" || !user.unitId)) return conflict("Bara en handläggare på en enhet kan granska åtkomster.");
    if (user.reviewsAccess === granted) return conflict(granted ? "Användaren granskar redan åtkomster." : "Användaren granskar inte åtkomster.");
    const { count } = await tx.user.updateMany({ where: { id: user.id, version: user.version }, data: { reviewsAccess: granted, version: { increment: 1 } } });
    if (count === 0) return conflict();
    await recordAudit(tx, admin, { action: "UPDATE", entity: "User", entityId: user.id, changes: { reviewsAccess: { before: !granted, after: granted }, unitId: user.unitId } });
    return ok({ id: user.id });
  });
}

export const grantAccessReviewer = (admin: SessionUser, input: AccessReviewerGrant) => setReviewer(admin, input, true);
export const revokeAccessReviewer = (admin: SessionUser, input: AccessReviewerGrant) => setReviewer(admin, input, false);
