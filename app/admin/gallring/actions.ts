"use server";

import { confirmRetention } from "@/lib/server/data-protection/retention-admin";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { retentionRunInput } from "@/lib/validation/retention";

export async function confirmRetentionAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("confirmRetentionAction", formData, retentionRunInput, confirmRetention, () => ({ to: "/admin/gallring", confirm: "gallring-klar" }));
}
