import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import { abilityAreasFor, addDaysIso } from "@/lib/rules";
import type { FollowUpCorrection, FollowUpDraft, FollowUpStart } from "@/lib/validation/follow-up";
import { recordAudit } from "../audit";
import { inTransaction, type DatabaseRefusal } from "../command";
import type { Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { conflict, notFound, ok, type Refusal, type Result } from "../result";
import type { SessionUser } from "../session-user";
import { today } from "../clock";
import { followUpContent } from "./content";
import { hostFollowUpWhere, notWritable, PLACEMENT_FOR_FOLLOW_UP, placementDays, placementToFollowUp } from "./host-scope";

type Draft = { id: string };

export const DRAFT_EXISTS = "Det finns redan ett utkast till uppföljning för placeringen. Ladda om sidan och fortsätt med det.";

/** Two starts at the same moment: the partial unique index keeps one draft per placement. */
const explainDraftRace = (refusal: DatabaseRefusal): Refusal | null =>
  refusal.code === "23505" && (refusal.constraint ?? "FollowUp_one_draft_per_placement") === "FollowUp_one_draft_per_placement" ? conflict(DRAFT_EXISTS) : null;

/**
 * Starts a follow-up of a running placement, or returns its open draft: the draft is dated today and
 * covers the days since the last follow-up (or the start), with the placement's ability areas ready to rate.
 */
export async function startFollowUp(user: SessionUser, input: FollowUpStart): Promise<Result<Draft>> {
  return inTransaction(async (tx) => {
    const loaded = await placementToFollowUp(tx, user, input.placementId);
    if (!loaded.ok) return loaded;
    const placement = loaded.value;
    const open = await tx.followUp.findFirst({ where: { placementId: placement.id, status: "DRAFT" }, select: { id: true } });
    if (open) return ok(open);
    const day = today();
    const { start, end } = placementDays(placement, day);
    const last = await tx.placement.findUniqueOrThrow({ where: { id: placement.id }, select: { lastFollowUpOn: true } });
    const from = last.lastFollowUpOn && isoDay(last.lastFollowUpOn) >= start ? addDaysIso(isoDay(last.lastFollowUpOn), 1) : start;
    const to = day < end ? day : end;
    const draft = await tx.followUp.create({
      data: {
        placementId: placement.id,
        authorId: user.id,
        date: dayToDate(to),
        periodFrom: from <= to ? dayToDate(from) : null,
        periodTo: dayToDate(to),
        abilityRatings: abilityAreasFor(placement.goals).map((area) => ({ area, rating: null, note: null })),
      },
      select: { id: true },
    });
    await recordAudit(tx, user, { action: "CREATE", entity: "FollowUp", entityId: draft.id, changes: { placementId: placement.id, status: "DRAFT" } });
    return ok(draft);
  }, explainDraftRace);
}

/** The draft if this host may reach it and it is still a draft at the version the form holds. */
async function draftAtVersion(tx: Tx, user: SessionUser, followUpId: string, formVersion: number) {
  const draft = await tx.followUp.findFirst({ where: { AND: [hostFollowUpWhere(user), { id: followUpId }] }, include: { placement: PLACEMENT_FOR_FOLLOW_UP } });
  if (!draft) return notFound();
  if (draft.status !== "DRAFT") return conflict("Uppföljningen är redan inskickad och kan inte ändras. Vill ni ändra något, gör en rättelse.");
  if (draft.version !== formVersion) return conflict();
  const refusal = notWritable(draft.placement);
  return refusal ?? ok(draft);
}

export type LoadedDraft = Extract<Awaited<ReturnType<typeof draftAtVersion>>, { ok: true }>["value"];
export { draftAtVersion };

/** Saves what has been written so far (autosave or "Spara utkast"); answers the new version and when it was saved. */
export async function saveFollowUpDraft(user: SessionUser, input: FollowUpDraft): Promise<Result<{ id: string; version: number; savedAt: Date }>> {
  return inTransaction(async (tx) => {
    const loaded = await draftAtVersion(tx, user, input.followUpId, input.version);
    if (!loaded.ok) return loaded;
    const { followUpId, version, ...content } = input;
    const { count } = await tx.followUp.updateMany({ where: { id: followUpId, version, status: "DRAFT" }, data: { ...followUpContent(content), version: { increment: 1 } } });
    if (count !== 1) return conflict();
    const saved = await tx.followUp.findUniqueOrThrow({ where: { id: followUpId }, select: { version: true, updatedAt: true } });
    await recordAudit(tx, user, { action: "UPDATE", entity: "FollowUp", entityId: followUpId, changes: { draft: true, version: saved.version } });
    return ok({ id: followUpId, version: saved.version, savedAt: saved.updatedAt });
  });
}

/**
 * Starts a correction of a submitted follow-up: a new draft that copies it and, when submitted,
 * supersedes it. A correction already begun is returned; only the newest version can be corrected.
 */
export async function startCorrection(user: SessionUser, input: FollowUpCorrection): Promise<Result<Draft>> {
  return inTransaction(async (tx) => {
    const original = await tx.followUp.findFirst({
      where: { AND: [hostFollowUpWhere(user), { id: input.followUpId }] },
      include: { placement: PLACEMENT_FOR_FOLLOW_UP, replacedBy: { select: { id: true, status: true } } },
    });
    if (!original) return notFound();
    if (original.replacedBy?.status === "DRAFT") return ok({ id: original.replacedBy.id });
    if (original.status === "DRAFT") return conflict("Ett utkast rättas inte; ändra det och skicka in det.");
    if (original.status === "SUPERSEDED" || original.replacedBy) return conflict("Uppföljningen har redan rättats. Rätta den senaste versionen.");
    const refusal = notWritable(original.placement);
    if (refusal) return refusal;
    if (await tx.followUp.findFirst({ where: { placementId: original.placementId, status: "DRAFT" }, select: { id: true } })) return conflict(DRAFT_EXISTS);
    const correction = await tx.followUp.create({
      data: {
        ...copiedContent(original),
        abilityRatings: original.abilityRatings ?? Prisma.DbNull,
        placementId: original.placementId,
        authorId: user.id,
        replacesId: original.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, user, { action: "CREATE", entity: "FollowUp", entityId: correction.id, changes: { status: "DRAFT", replaces: original.id } });
    return ok(correction);
  }, explainDraftRace);
}

/** What a correction starts from: everything the host wrote, none of the record's own state. */
function copiedContent(f: Prisma.FollowUpGetPayload<object>) {
  return {
    date: f.date,
    periodFrom: f.periodFrom,
    periodTo: f.periodTo,
    attendance: f.attendance,
    plannedHours: f.plannedHours,
    attendedHours: f.attendedHours,
    absenceReason: f.absenceReason,
    tasks: f.tasks,
    abilities: f.abilities,
    concerns: f.concerns,
    hasConcern: f.hasConcern,
    proposedStage: f.proposedStage,
    proposedStageReason: f.proposedStageReason,
    participantView: f.participantView,
    remoteReview: f.remoteReview,
    remoteIsolated: f.remoteIsolated,
    remoteMoveOnSite: f.remoteMoveOnSite,
    remoteConcern: f.remoteConcern,
  };
}
