"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { saveDraftFromForm, type DraftSaveReply } from "@/lib/server/follow-ups/draft-action";
import { startCorrection, startFollowUp } from "@/lib/server/follow-ups/drafts";
import { submitFollowUp } from "@/lib/server/follow-ups/submit";
import { followUpCorrection, followUpStart, followUpSubmission } from "@/lib/validation/follow-up";

const followUpPage = (id: string) => `/anordnare/uppfoljningar/${id}`;

export async function startFollowUpAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("startFollowUpAction", formData, followUpStart, startFollowUp, ({ id }) => ({ to: followUpPage(id), confirm: "uppfoljning-paborjad" }));
}

export async function startCorrectionAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("startCorrectionAction", formData, followUpCorrection, startCorrection, ({ id }) => ({ to: followUpPage(id), confirm: "rattelse-paborjad" }));
}

export async function saveFollowUpDraftAction(formData: FormData): Promise<DraftSaveReply> {
  return saveDraftFromForm(formData);
}

export async function submitFollowUpAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("submitFollowUpAction", formData, followUpSubmission, submitFollowUp, ({ placementId }) => ({ to: `/anordnare/placeringar/${placementId}`, confirm: "uppfoljning-inskickad" }));
}
