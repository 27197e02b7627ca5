"use server";

import { approveAgreementAsHost } from "@/lib/server/agreements/approve";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { hostApproval } from "@/lib/validation/agreement";

export async function approveAgreementAsHostAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("approveAgreementAsHostAction", formData, hostApproval, approveAgreementAsHost, ({ placementId }) => ({
    to: `/anordnare/placeringar/${placementId}/overenskommelse`,
    confirm: "overenskommelse-godkand-av-anordnaren",
  }));
}
