"use server";

import { decideAccessReview } from "@/lib/server/access-review/review";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { accessReviewDecisionInput } from "@/lib/validation/access-review";

export async function decideAccessReviewAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("decideAccessReviewAction", formData, accessReviewDecisionInput, decideAccessReview, ({ id }) => ({ to: `/handlaggare/granskning/${id}`, confirm: "granskning-sparad" }));
}
