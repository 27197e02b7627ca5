"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { makeProposal } from "@/lib/server/proposals/make-proposal";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";
import { proposalInput, proposalWithdrawal } from "@/lib/validation/proposal";

const placementPage = (placementId: string) => `/anordnare/placeringar/${placementId}`;

export async function makeProposalAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("makeProposalAction", formData, proposalInput, makeProposal, ({ placementId }) => ({ to: placementPage(placementId), confirm: "forslag-skickat" }));
}

export async function withdrawProposalAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("withdrawProposalAction", formData, proposalWithdrawal, withdrawProposal, ({ placementId }) => ({ to: placementPage(placementId), confirm: "forslag-aterkallat" }));
}
