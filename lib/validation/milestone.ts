import { z } from "zod";
import { MILESTONE } from "@/lib/domain/vocabulary";
import { choice, isoDate, optionalText, recordId } from "./fields";

/** A milestone on the way to work: CV, cover letter, employer contact, interview, next step. */
export const milestoneInput = z.object({
  participantId: recordId(),
  kind: choice(MILESTONE.codes, "Välj vilken milstolpe det är."),
  date: isoDate("datum"),
  note: optionalText("anteckning", 1000),
});
export type MilestoneInput = z.output<typeof milestoneInput>;
