"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { registerParticipant, transferParticipant, updateParticipant } from "@/lib/server/participants";
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
