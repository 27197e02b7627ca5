"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { reviewFollowUp } from "@/lib/server/follow-ups/review";
import { followUpReview } from "@/lib/validation/follow-up";

export async function reviewFollowUpAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("reviewFollowUpAction", formData, followUpReview, reviewFollowUp, ({ participantId }) => ({ to: `/handlaggare/deltagare/${participantId}`, confirm: "uppfoljning-granskad" }));
}
