"use server";

import { recordAssessment } from "@/lib/server/assessments";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { registerParticipant, transferParticipant, updateParticipant } from "@/lib/server/participants";
import { assessmentInput } from "@/lib/validation/assessment";
import { participantInput, participantTransfer, participantUpdate } from "@/lib/validation/participant";

export async function registerParticipantAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm(formData, participantInput, registerParticipant, ({ id, existing }) => ({
    to: `/handlaggare/deltagare/${id}`,
    confirm: existing ? "deltagare-fanns" : "deltagare-registrerad",
  }));
}

export async function updateParticipantAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm(formData, participantUpdate, updateParticipant, ({ id }) => ({ to: `/handlaggare/deltagare/${id}`, confirm: "deltagare-andrad" }));
}

export async function transferParticipantAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm(formData, participantTransfer, transferParticipant, ({ id, stillVisible }) => ({
    to: stillVisible ? `/handlaggare/deltagare/${id}` : "/handlaggare",
    confirm: "deltagare-flyttad",
  }));
}

export async function recordAssessmentAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm(formData, assessmentInput, recordAssessment, ({ participantId }) => ({ to: `/handlaggare/deltagare/${participantId}`, confirm: "bedomning-sparad" }));
}
