"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { endParticipantAccess, issueParticipantCode } from "@/lib/server/participant-access/officer";
import { participantAccessEnding, participantCodeIssue } from "@/lib/validation/participant-access";

export async function issueParticipantCodeAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("issueParticipantCodeAction", formData, participantCodeIssue, issueParticipantCode, ({ participantId }) => ({
    to: `/handlaggare/deltagare/${participantId}/inloggning`,
    confirm: "deltagarkod-aktiverad",
  }));
}

export async function endParticipantAccessAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("endParticipantAccessAction", formData, participantAccessEnding, endParticipantAccess, ({ participantId }) => ({
    to: `/handlaggare/deltagare/${participantId}/inloggning`,
    confirm: "deltagarinloggning-stangd",
  }));
}
