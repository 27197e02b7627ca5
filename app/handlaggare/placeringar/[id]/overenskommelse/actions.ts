"use server";

import { approveAgreementAsOfficer, approveAgreementForParticipant } from "@/lib/server/agreements/approve";
import { saveAgreementDraft, sendAgreement } from "@/lib/server/agreements/draft";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { agreementDraft, agreementSending, officerApproval, participantApprovalOnBehalf } from "@/lib/validation/agreement";

const agreementPage = (placementId: string) => `/handlaggare/placeringar/${placementId}/overenskommelse`;

export async function saveAgreementDraftAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("saveAgreementDraftAction", formData, agreementDraft, saveAgreementDraft, ({ placementId }) => ({ to: agreementPage(placementId), confirm: "overenskommelse-sparad" }));
}

export async function sendAgreementAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("sendAgreementAction", formData, agreementSending, sendAgreement, ({ placementId }) => ({ to: agreementPage(placementId), confirm: "overenskommelse-skickad" }));
}

export async function approveForParticipantAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("approveForParticipantAction", formData, participantApprovalOnBehalf, approveAgreementForParticipant, ({ placementId }) => ({
    to: agreementPage(placementId),
    confirm: "overenskommelse-godkand-for-deltagaren",
  }));
}

export async function approveAgreementAsOfficerAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("approveAgreementAsOfficerAction", formData, officerApproval, approveAgreementAsOfficer, ({ placementId }) => ({ to: agreementPage(placementId), confirm: "overenskommelse-galler" }));
}
