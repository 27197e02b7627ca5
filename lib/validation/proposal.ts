/**
 * A provider's proposal to change a placement, its withdrawal, and the case officer's answer. The
 * form for each kind posts the same schema with its `kind`; the fields that kind needs are required.
 */
import { z } from "zod";
import { PROPOSAL_KIND, PROPOSAL_REASON, type ProposalKind } from "@/lib/domain/vocabulary";
import { DECISION_LABELS, PROPOSAL_DECISIONS } from "./choices";
import { choice, isoDate, recordId, optionalText, requiredText, version } from "./fields";
import { hoursPerWeek, NO_TERMS_GIVEN, tasksText } from "./placement-change";

const TEXT_MAX = 2000;

/** Where each kind's form lives: /anordnare/placeringar/[id]/forslag/<path>. */
export const PROPOSAL_PATH: Record<ProposalKind, string> = {
  EXTEND: "forlangning",
  END_EARLY: "avsluta-tidigare",
  CHANGE_START: "nytt-startdatum",
  CHANGE_TERMS: "nya-villkor",
};

export const proposalKindForPath = (path: string): ProposalKind | null =>
  (Object.entries(PROPOSAL_PATH) as [ProposalKind, string][]).find(([, p]) => p === path)?.[0] ?? null;

export const PROPOSAL_MISSING: Record<"newEndDate" | "endEarlyDate" | "newStartDate", string> = {
  newEndDate: "Fyll i det nya slutdatumet du föreslår.",
  endEarlyDate: "Fyll i den sista dag du föreslår.",
  newStartDate: "Fyll i det nya startdatumet du föreslår.",
};

export const proposalInput = z
  .object({
    placementId: recordId(),
    kind: choice(PROPOSAL_KIND.codes, "Välj vad du föreslår."),
    newEndDate: isoDate("det nya slutdatumet").optional(),
    newStartDate: isoDate("det nya startdatumet").optional(),
    hoursPerWeek: hoursPerWeek().optional(),
    tasks: tasksText().optional(),
    reasonCode: choice(PROPOSAL_REASON.codes, "Välj ett skäl."),
    justification: requiredText("motivering", TEXT_MAX),
  })
  .superRefine(
    (input, ctx) => {
      const missing = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (input.kind === "EXTEND" && input.newEndDate === undefined) missing("newEndDate", PROPOSAL_MISSING.newEndDate);
      if (input.kind === "END_EARLY" && input.newEndDate === undefined) missing("newEndDate", PROPOSAL_MISSING.endEarlyDate);
      if (input.kind === "CHANGE_START" && input.newStartDate === undefined) missing("newStartDate", PROPOSAL_MISSING.newStartDate);
      if (input.kind === "CHANGE_TERMS" && input.hoursPerWeek === undefined && input.tasks === undefined) missing("hoursPerWeek", NO_TERMS_GIVEN);
    },
    { when: () => true }, // also when other fields are wrong, so that every error shows at once
  );
export type ProposalInput = z.output<typeof proposalInput>;

export const proposalWithdrawal = z.object({ proposalId: recordId(), version: version() });
export type ProposalWithdrawal = z.output<typeof proposalWithdrawal>;

export { DECISION_LABELS, PROPOSAL_DECISIONS };
export const REJECTION_REASON_MISSING = "Skriv varför du avslår förslaget. Anordnaren ser din motivering.";

export const proposalAnswer = z
  .object({
    proposalId: recordId(),
    version: version(),
    /** The placement's version when the officer read it: a placement changed since is a stale answer. */
    placementVersion: version(),
    decision: choice(PROPOSAL_DECISIONS, "Välj om du godkänner eller avslår förslaget."),
    answerReason: optionalText("motivering", TEXT_MAX),
  })
  .refine((value) => value.decision !== "REJECT" || value.answerReason !== undefined, {
    path: ["answerReason"],
    message: REJECTION_REASON_MISSING,
    when: ({ value }) => (value as { decision?: unknown })?.decision === "REJECT",
  });
export type ProposalAnswer = z.output<typeof proposalAnswer>;
