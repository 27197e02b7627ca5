"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { answerProposal } from "@/lib/server/proposals/answer-proposal";
import { proposalAnswer } from "@/lib/validation/proposal";

export async function answerProposalAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("answerProposalAction", formData, proposalAnswer, answerProposal, ({ placementId, accepted }) => ({
    to: `/handlaggare/placeringar/${placementId}`,
    confirm: accepted ? "forslag-godkant" : "forslag-avslaget",
  }));
}
