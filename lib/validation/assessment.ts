import { z } from "zod";
import { checkbox, isoDate, recordId, requiredText } from "./fields";

/**
 * The individual assessment (individuell bedömning) made before every period: whether arbetsträning
 * is still the most suitable measure. Its fields are prefixed, so the placement form can carry one inline.
 */
export const assessmentFields = {
  assessmentDate: isoDate("datum för bedömningen"),
  assessmentReasoning: requiredText("motivering", 4000),
  assessmentConclusion: requiredText("slutsats", 1000),
  assessmentSuitable: checkbox(),
};

export const assessmentInput = z.object({ participantId: recordId(), ...assessmentFields });
export type AssessmentInput = z.output<typeof assessmentInput>;
