import { z } from "zod";
import { optionalText, recordId, requiredText, version } from "./fields";

/**
 * The action plan (handlingsplan) with its competence analysis. `version` is the plan's version when
 * the form was opened, 0 when there was no plan yet, so two officers writing the first plan at once
 * do not overwrite each other either.
 */
export const actionPlanInput = z.object({
  participantId: recordId(),
  version: version(0),
  goals: requiredText("mål", 4000),
  competenceAnalysis: requiredText("kompetensanalys", 8000),
  supportNeeds: optionalText("stödbehov", 4000),
});
export type ActionPlanInput = z.output<typeof actionPlanInput>;
