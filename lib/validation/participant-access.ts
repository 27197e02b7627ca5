import { z } from "zod";
import { normaliseParticipantCode } from "@/lib/domain/participant-code";
import { BROKEN_FORM, recordId } from "./fields";

/** The officer's "activate this code" form: the participant and the code the page drew and showed. */
export const participantCodeIssue = z.object({
  participantId: recordId(),
  code: z.string({ error: BROKEN_FORM }).transform((typed, ctx) => normaliseParticipantCode(typed) ?? (ctx.addIssue({ code: "custom", message: BROKEN_FORM }), z.NEVER)),
});
export type ParticipantCodeIssue = z.infer<typeof participantCodeIssue>;

/** Ending the participant's own login. */
export const participantAccessEnding = z.object({ participantId: recordId() });
export type ParticipantAccessEnding = z.infer<typeof participantAccessEnding>;
