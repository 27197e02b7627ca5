import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import type { FollowUpDraft } from "@/lib/validation/follow-up";
import { Prisma } from "../generated/prisma/client";

const yesNo = (answer: "ja" | "nej" | undefined) => (answer === undefined ? null : answer === "ja");
const day = (iso: string | undefined) => (iso === undefined ? null : dayToDate(iso));

/**
 * The columns a draft or a submission writes: what the form holds, and null for what it left empty
 * (so a field emptied in the form is emptied in the draft). The date keeps its value until one is given.
 */
export function followUpContent(v: Omit<FollowUpDraft, "followUpId" | "version">) {
  return {
    ...(v.date !== undefined && { date: dayToDate(v.date) }),
    periodFrom: day(v.periodFrom),
    periodTo: day(v.periodTo),
    plannedHours: v.plannedHours ?? null,
    attendedHours: v.attendedHours ?? null,
    absenceReason: v.absenceReason ?? null,
    tasks: v.tasks ?? null,
    abilityRatings: v.abilities === undefined ? Prisma.DbNull : (v.abilities.map(({ area, rating, note }) => ({ area, rating: rating ?? null, note: note ?? null })) as Prisma.InputJsonValue),
    abilities: v.abilitiesNote ?? null,
    hasConcern: v.hasConcern ?? false,
    concerns: v.concerns ?? null,
    participantView: v.participantView ?? null,
    proposedStage: v.proposedStage ?? null,
    proposedStageReason: v.proposedStageReason ?? null,
    remoteIsolated: yesNo(v.remoteIsolated),
    remoteMoveOnSite: yesNo(v.remoteMoveOnSite),
    remoteReview: v.remoteReview ?? null,
    remoteConcern: v.remoteConcern ?? false,
  };
}

export type AbilityRow = { area: string; rating: number | null; note: string | null };

/** The stored ratings back as rows; anything that is not the stored shape is left out. */
export function abilityRows(json: Prisma.JsonValue | null): AbilityRow[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) return [];
    const { area, rating, note } = item as Record<string, unknown>;
    if (typeof area !== "string") return [];
    return [{ area, rating: typeof rating === "number" ? rating : null, note: typeof note === "string" ? note : null }];
  });
}

/** The form's starting values for a stored follow-up (a draft being resumed). */
export function formValues(f: {
  date: Date;
  periodFrom: Date | null;
  periodTo: Date | null;
  plannedHours: number | null;
  attendedHours: number | null;
  absenceReason: string | null;
  tasks: string | null;
  abilityRatings: Prisma.JsonValue | null;
  abilities: string | null;
  hasConcern: boolean;
  concerns: string | null;
  participantView: string | null;
  proposedStage: string | null;
  proposedStageReason: string | null;
  remoteIsolated: boolean | null;
  remoteMoveOnSite: boolean | null;
  remoteReview: string | null;
  remoteConcern: boolean;
}) {
  const answer = (b: boolean | null) => (b === null ? undefined : b ? "ja" : "nej");
  const text = (s: string | null) => s ?? undefined;
  return {
    date: isoDay(f.date),
    periodFrom: f.periodFrom ? isoDay(f.periodFrom) : undefined,
    periodTo: f.periodTo ? isoDay(f.periodTo) : undefined,
    plannedHours: f.plannedHours === null ? undefined : String(f.plannedHours),
    attendedHours: f.attendedHours === null ? undefined : String(f.attendedHours),
    absenceReason: text(f.absenceReason),
    tasks: text(f.tasks),
    abilities: abilityRows(f.abilityRatings).map((a) => ({ area: a.area, rating: a.rating === null ? undefined : String(a.rating), note: a.note ?? undefined })),
    abilitiesNote: text(f.abilities),
    hasConcern: f.hasConcern ? "on" : undefined,
    concerns: text(f.concerns),
    participantView: text(f.participantView),
    proposedStage: text(f.proposedStage),
    proposedStageReason: text(f.proposedStageReason),
    remoteIsolated: answer(f.remoteIsolated),
    remoteMoveOnSite: answer(f.remoteMoveOnSite),
    remoteReview: text(f.remoteReview),
    remoteConcern: f.remoteConcern ? "on" : undefined,
  };
}
