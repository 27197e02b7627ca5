/**
 * A provider's follow-up: the draft saved as it is written (every field may still be empty), the
 * submission (complete), and the case officer's review. The form and the actions parse with these.
 */
import { z } from "zod";
import { ABILITY_SCALE, STAGES } from "@/lib/rules";
import { checkbox, choice, isoDate, optionalText, recordId, requiredText, version, wholeNumber } from "./fields";

const TEXT_MAX = 4000;
const SHORT_MAX = 1000;
const MAX_HOURS = 2000;

const STAGE_CODES = STAGES.map((s) => s.id);
const RATING_CODES = ABILITY_SCALE.map((s) => String(s.value)) as `${(typeof ABILITY_SCALE)[number]["value"]}`[];
const YES_NO = ["ja", "nej"] as const;

export const ABSENCE_REASON_MISSING = "Skriv varför deltagaren var frånvarande, när hen var där färre timmar än planerat.";
export const CONCERN_MISSING = "Beskriv vad ni är oroliga för.";
export const STAGE_REASON_MISSING = "Skriv varför ni föreslår steget.";
export const REMOTE_REVIEW_MISSING = "Placeringen görs helt eller delvis på distans: svara på frågorna om distansarbetet.";

const rating = choice(RATING_CODES, "Välj ett omdöme på skalan.").transform(Number);

export const ABILITIES_MALFORMED = "Förmågorna kunde inte läsas. Ladda om sidan och fyll i dem igen.";
// The rating's message names its area: six "choose a rating" lines in the error summary would not say which is which.
const ability = z
  .object({ area: requiredText("området", 80), rating: rating.optional(), note: optionalText("kommentaren", SHORT_MAX) }, { error: ABILITIES_MALFORMED })
  .superRefine((a, ctx) => {
    if (a.rating === undefined) ctx.addIssue({ code: "custom", path: ["rating"], message: `Välj ett omdöme för ”${a.area}”.` });
  })
  .transform((a) => ({ ...a, rating: a.rating as number }));
const abilityDraft = z.object({ area: requiredText("området", 80), rating: rating.optional(), note: optionalText("kommentaren", SHORT_MAX) }, { error: ABILITIES_MALFORMED });
/** At most ten areas; anything but a list of areas (a forged form) is refused in Swedish. */
const abilityList = <T extends z.ZodType>(item: T) => z.array(item, { error: ABILITIES_MALFORMED }).max(10, ABILITIES_MALFORMED);

const fields = {
  followUpId: recordId(),
  version: version(),
  date: isoDate("datum för uppföljningen"),
  periodFrom: isoDate("periodens första dag"),
  periodTo: isoDate("periodens sista dag"),
  plannedHours: wholeNumber("planerade timmar", 0, MAX_HOURS),
  attendedHours: wholeNumber("närvarande timmar", 0, MAX_HOURS),
  absenceReason: optionalText("orsak till frånvaro", SHORT_MAX),
  tasks: requiredText("arbetsuppgifter och hur de gick", TEXT_MAX),
  abilities: abilityList(ability),
  abilitiesNote: optionalText("kommentar om förmågorna", TEXT_MAX),
  hasConcern: checkbox(),
  concerns: optionalText("vad ni är oroliga för", TEXT_MAX),
  participantView: requiredText("deltagarens egen bild", TEXT_MAX),
  proposedStage: choice(STAGE_CODES, "Välj ett steg i listan.").optional(),
  proposedStageReason: optionalText("varför ni föreslår steget", SHORT_MAX),
  /** Set by the form when the placement is remote or mixed; the server judges by the placement itself. */
  remoteRequired: checkbox(),
  remoteIsolated: choice(YES_NO, "Svara ja eller nej.").optional(),
  remoteMoveOnSite: choice(YES_NO, "Svara ja eller nej.").optional(),
  remoteReview: optionalText("hur distansarbetet fungerar", TEXT_MAX),
  remoteConcern: checkbox(),
};

type Complete = z.output<z.ZodObject<typeof fields>>;

/** The rules between fields, each at its field; also used by the service for what the placement decides. */
export function followUpContentRefusals(value: Complete, remoteRequired: boolean): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (value.attendedHours < value.plannedHours && value.absenceReason === undefined) out.push({ field: "absenceReason", message: ABSENCE_REASON_MISSING });
  if (value.hasConcern && value.concerns === undefined) out.push({ field: "concerns", message: CONCERN_MISSING });
  if (value.proposedStage !== undefined && value.proposedStageReason === undefined) out.push({ field: "proposedStageReason", message: STAGE_REASON_MISSING });
  if (remoteRequired) {
    if (value.remoteIsolated === undefined) out.push({ field: "remoteIsolated", message: REMOTE_REVIEW_MISSING });
    if (value.remoteMoveOnSite === undefined) out.push({ field: "remoteMoveOnSite", message: REMOTE_REVIEW_MISSING });
    if (value.remoteReview === undefined) out.push({ field: "remoteReview", message: REMOTE_REVIEW_MISSING });
  }
  return out;
}

/** A complete follow-up, sent to the case officer. */
export const followUpSubmission = z.object(fields).superRefine((value, ctx) => {
  for (const { field, message } of followUpContentRefusals(value, value.remoteRequired)) ctx.addIssue({ code: "custom", path: [field], message });
});
export type FollowUpSubmission = z.output<typeof followUpSubmission>;

/** What has been written so far; anything may be missing, but what is there must be well-formed. */
export const followUpDraft = z.object({
  ...Object.fromEntries(Object.entries(fields).map(([name, schema]) => [name, name === "followUpId" || name === "version" ? schema : schema.optional()])),
  abilities: abilityList(abilityDraft).optional(),
} as { [K in keyof typeof fields]: K extends "followUpId" | "version" ? (typeof fields)[K] : z.ZodOptional<(typeof fields)[K]> } & { abilities: z.ZodOptional<z.ZodArray<typeof abilityDraft>> });
export type FollowUpDraft = z.output<typeof followUpDraft>;

/** Start a follow-up of a placement (or resume its open draft). */
export const followUpStart = z.object({ placementId: recordId() });
export type FollowUpStart = z.output<typeof followUpStart>;

/** Start a correction of a submitted follow-up. */
export const followUpCorrection = z.object({ followUpId: recordId() });
export type FollowUpCorrection = z.output<typeof followUpCorrection>;

export const REVIEW_DECISIONS = ["ACCEPT", "OTHER", "NONE"] as const;
export const STAGE_CHOICE_MISSING = "Välj vilket steg deltagaren är i.";
export const REVIEW_REASON_MISSING = "Skriv varför du bedömer steget så.";
export const REVIEW_DATE_MISSING = "Fyll i datum för stegbedömningen.";

/** The case officer's review: accept the proposed stage, set another, or mark reviewed without a change. */
export const followUpReview = z
  .object({
    followUpId: recordId(),
    version: version(),
    decision: choice(REVIEW_DECISIONS, "Välj vad du gör med uppföljningen."),
    stage: choice(STAGE_CODES, STAGE_CHOICE_MISSING).optional(),
    reason: optionalText("motivering", SHORT_MAX),
    date: isoDate("datum för stegbedömningen").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "OTHER" && value.stage === undefined) ctx.addIssue({ code: "custom", path: ["stage"], message: STAGE_CHOICE_MISSING });
    if (value.decision !== "NONE" && value.reason === undefined) ctx.addIssue({ code: "custom", path: ["reason"], message: REVIEW_REASON_MISSING });
    if (value.decision !== "NONE" && value.date === undefined) ctx.addIssue({ code: "custom", path: ["date"], message: REVIEW_DATE_MISSING });
  });
export type FollowUpReview = z.output<typeof followUpReview>;
