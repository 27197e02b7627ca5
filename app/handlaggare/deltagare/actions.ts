"use server";

import { saveActionPlan } from "@/lib/server/action-plans";
import { recordAssessment } from "@/lib/server/assessments";
import { withdrawConsent } from "@/lib/server/data-protection/consent";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { recordMilestone } from "@/lib/server/milestones";
import { registerParticipant, transferParticipant, updateParticipant } from "@/lib/server/participants";
import { actionPlanInput } from "@/lib/validation/action-plan";
import { assessmentInput } from "@/lib/validation/assessment";
import { consentWithdrawal } from "@/lib/validation/consent";
import { milestoneInput } from "@/lib/validation/milestone";
import { participantInput, participantTransfer, participantUpdate } from "@/lib/validation/participant";

export async function registerParticipantAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("registerParticipantAction", formData, participantInput, registerParticipant, ({ id, existing }) => ({
    to: `/handlaggare/deltagare/${id}`,
    confirm: existing ? "deltagare-fanns" : "deltagare-registrerad",
  }));
}

export async function updateParticipantAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("updateParticipantAction", formData, participantUpdate, updateParticipant, ({ id }) => ({ to: `/handlaggare/deltagare/${id}`, confirm: "deltagare-andrad" }));
}

export async function transferParticipantAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("transferParticipantAction", formData, participantTransfer, transferParticipant, ({ id, stillVisible }) => ({
    to: stillVisible ? `/handlaggare/deltagare/${id}` : "/handlaggare",
    confirm: "deltagare-flyttad",
  }));
}

export async function recordAssessmentAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("recordAssessmentAction", formData, assessmentInput, recordAssessment, ({ participantId }) => ({ to: `/handlaggare/deltagare/${participantId}`, confirm: "bedomning-sparad" }));
}

export async function saveActionPlanAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("saveActionPlanAction", formData, actionPlanInput, saveActionPlan, ({ participantId }) => ({ to: `/handlaggare/deltagare/${participantId}`, confirm: "handlingsplan-sparad" }));
}

export async function recordMilestoneAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("recordMilestoneAction", formData, milestoneInput, recordMilestone, ({ participantId }) => ({ to: `/handlaggare/deltagare/${participantId}`, confirm: "milstolpe-sparad" }));
}

export async function withdrawConsentAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("withdrawConsentAction", formData, consentWithdrawal, withdrawConsent, ({ id }) => ({ to: `/handlaggare/deltagare/${id}`, confirm: "samtycke-aterkallat" }));
}
