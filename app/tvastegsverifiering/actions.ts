"use server";

import type { FormReply } from "@/lib/server/form-action";
import { confirmEnrolmentFromForm, verifySecondFactorFromForm, type EnrolmentReply } from "@/lib/server/second-factor-action";

export async function verifySecondFactorAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return verifySecondFactorFromForm(formData);
}

export async function confirmEnrolmentAction(_previous: EnrolmentReply | undefined, formData: FormData): Promise<EnrolmentReply> {
  return confirmEnrolmentFromForm(formData);
}
