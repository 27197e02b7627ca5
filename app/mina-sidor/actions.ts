"use server";

import { approveAgreementAsParticipant } from "@/lib/server/agreements/approve";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { ownApproval } from "@/lib/validation/agreement";

export async function approveOwnAgreementAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("approveOwnAgreementAction", formData, ownApproval, approveAgreementAsParticipant, ({ placementId }) => ({
    to: `/mina-sidor/placeringar/${placementId}/overenskommelse`,
    confirm: "overenskommelse-godkand-av-dig",
  }));
}
