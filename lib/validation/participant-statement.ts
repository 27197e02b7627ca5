/**
 * The participant's own forms (Mina sidor, issue 18): their view of the placement before a follow-up, and
 * their answer to a follow-up after it. The messages are said to the participant, so they say "du".
 */
import { z } from "zod";
import { OWN_VIEW_MAX_LENGTH, responseRefusal } from "@/lib/rules";
import { FOLLOW_UP_ANSWERS, type FollowUpAnswer } from "./choices";
import { choice, optionalText, recordId, requiredText } from "./fields";

export const ownViewInput = z.object({
  placementId: recordId("Arbetsträningen finns inte."),
  text: requiredText("texten", OWN_VIEW_MAX_LENGTH),
});
export type OwnViewInput = z.output<typeof ownViewInput>;

/** Whether an answer confirms the follow-up ("Det stämmer") or questions it. */
export const agreesWith = (answer: FollowUpAnswer): boolean => answer === "stammer";

/**
 * The answer stays the form's code ("stammer", "stammer-inte") rather than becoming a boolean here: a
 * transform of the whole object would make it a pipe, which handleForm cannot take. The service reads
 * it with `agreesWith`.
 */
export const followUpResponseInput = z
  .object({
    followUpId: recordId("Uppföljningen finns inte."),
    answer: choice(Object.keys(FOLLOW_UP_ANSWERS) as FollowUpAnswer[], "Välj om uppföljningen stämmer eller inte."),
    text: optionalText("texten", OWN_VIEW_MAX_LENGTH),
  })
  .superRefine((value, ctx) => {
    const refusal = responseRefusal({ agrees: agreesWith(value.answer), text: value.text });
    if (refusal) ctx.addIssue({ code: "custom", path: ["text"], message: refusal });
  });
export type FollowUpResponseInput = z.output<typeof followUpResponseInput>;
