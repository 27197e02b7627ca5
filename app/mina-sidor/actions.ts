"use server";

import { approveAgreementAsParticipant } from "@/lib/server/agreements/approve";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { respondToFollowUp, writeOwnView } from "@/lib/server/participant-statements";
import { ownApproval } from "@/lib/validation/agreement";
import { followUpResponseInput, ownViewInput } from "@/lib/validation/participant-statement";

export async function approveOwnAgreementAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("approveOwnAgreementAction", formData, ownApproval, approveAgreementAsParticipant, ({ placementId }) => ({
    to: `/mina-sidor/placeringar/${placementId}/overenskommelse`,
    confirm: "overenskommelse-godkand-av-dig",
  }));
}

export async function writeOwnViewAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("writeOwnViewAction", formData, ownViewInput, writeOwnView, ({ placementId }) => ({ to: `/mina-sidor/placeringar/${placementId}`, confirm: "egen-bild-skickad" }));
}

export async function answerFollowUpAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("answerFollowUpAction", formData, followUpResponseInput, respondToFollowUp, ({ placementId }) => ({ to: `/mina-sidor/placeringar/${placementId}`, confirm: "uppfoljning-besvarad" }));
}
