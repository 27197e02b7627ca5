/**
 * The placement agreement's forms: the officer's draft (and a targeted change once it is binding),
 * sending it for approval, and each party's approval.
 */
import { z } from "zod";
import { AGREEMENT_GOAL_CATEGORY, ON_BEHALF_REASON } from "@/lib/domain/vocabulary";
import { choice, isoDate, optionalText, recordId, requiredText, version } from "./fields";
import { hoursPerWeek, tasksText } from "./placement-change";

/** Rows the form offers for goals; empty rows are left out. */
export const GOAL_ROWS = 4;
export const PURPOSE_MAX = 2000;
export const GOAL_MAX = 500;
export const SCHEDULE_MAX = 500;
export const CONTACTS_MAX = 1000;
export const FOLLOW_UP_PLAN_MAX = 1000;

export const GOAL_CATEGORY_MISSING = "Välj vad målet gäller.";
export const GOAL_DESCRIPTION_MISSING = "Beskriv målet.";
export const NO_GOALS = "Skriv minst ett mål för placeringen.";
const GOALS_MALFORMED = "Målen kunde inte läsas. Ladda om sidan och fyll i dem igen.";

/** The changes the officer makes in the agreement itself; the period changes through the placement's own forms. */
export const AGREEMENT_OWN_CHANGES = ["GOALS", "TASKS_AND_HOURS", "CONTACTS", "FOLLOW_UP"] as const;
export type AgreementOwnChange = (typeof AGREEMENT_OWN_CHANGES)[number];

const goalRow = z.preprocess(
  (row) => row ?? {},
  z.object({ category: choice(AGREEMENT_GOAL_CATEGORY.codes, GOAL_CATEGORY_MISSING).optional(), description: optionalText("målet", GOAL_MAX) }, { error: GOALS_MALFORMED }),
);

/** Each row filled in whole or left empty; at least one goal. Errors stay at the row the person typed in. */
const goalList = z
  .array(goalRow, { error: GOALS_MALFORMED })
  .max(GOAL_ROWS, GOALS_MALFORMED)
  .superRefine((rows, ctx) => {
    rows.forEach((row, i) => {
      if (row.description !== undefined && row.category === undefined) ctx.addIssue({ code: "custom", path: [i, "category"], message: GOAL_CATEGORY_MISSING });
      if (row.category !== undefined && row.description === undefined) ctx.addIssue({ code: "custom", path: [i, "description"], message: GOAL_DESCRIPTION_MISSING });
    });
    if (!rows.some((row) => row.category !== undefined || row.description !== undefined)) ctx.addIssue({ code: "custom", path: [0, "description"], message: NO_GOALS });
  })
  .transform((rows) => rows.filter((row) => row.category !== undefined && row.description !== undefined) as { category: (typeof AGREEMENT_GOAL_CATEGORY.codes)[number]; description: string }[]);

export const AGREEMENT_CHANGE_MISSING = "Välj vad ändringen gäller.";

/**
 * The officer's draft. `version` 0: no version of the agreement yet. A change of a binding agreement
 * names its kind, reason and the day it applies from; the service keeps only that kind's fields.
 */
export const agreementDraft = z.object({
  placementId: recordId(),
  version: version(0),
  purpose: requiredText("syftet", PURPOSE_MAX),
  goals: z.preprocess((value) => value ?? [], goalList),
  tasks: tasksText(),
  schedule: requiredText("schemat", SCHEDULE_MAX),
  hoursPerWeek: hoursPerWeek(),
  followUpPlan: requiredText("uppföljningen", FOLLOW_UP_PLAN_MAX),
  otherContacts: optionalText("övriga kontakter", CONTACTS_MAX),
  changeKind: choice(AGREEMENT_OWN_CHANGES, AGREEMENT_CHANGE_MISSING).optional(),
  changeReason: optionalText("skälet till ändringen", 1000),
  effectiveFrom: isoDate("datum då ändringen gäller").optional(),
});
export type AgreementDraft = z.output<typeof agreementDraft>;

/** Sending the newest draft for approval, at the version the page showed. */
export const agreementSending = z.object({ placementId: recordId(), version: version() });
export type AgreementSending = z.output<typeof agreementSending>;

/** An approval of one version; the page carries the version's id, so an approval never lands on a newer text than the one shown. */
export const hostApproval = z.object({ versionId: recordId() });
export type HostApproval = z.output<typeof hostApproval>;

export const ON_BEHALF_MISSING = "Välj hur deltagaren godkände.";

/** The officer records the participant's approval, and why the participant did not approve in Stegvis themselves. */
export const participantApprovalOnBehalf = z.object({ versionId: recordId(), onBehalfReason: choice(ON_BEHALF_REASON.codes, ON_BEHALF_MISSING) });
export type ParticipantApprovalOnBehalf = z.output<typeof participantApprovalOnBehalf>;

/** The officer's own approval, last, which makes the version binding. */
export const officerApproval = z.object({ versionId: recordId() });
/** The participant's own approval, signed in to their own view. */
export const ownApproval = z.object({ versionId: recordId() });
export type OwnApproval = z.output<typeof ownApproval>;
export type OfficerApproval = z.output<typeof officerApproval>;
