"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { changeOwnPassword } from "@/lib/server/password-change";
import { passwordChange } from "@/lib/validation/user";

export async function changePasswordAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("changePasswordAction", formData, passwordChange, changeOwnPassword, () => ({ to: "/mina-sessioner", confirm: "losenord-bytt" }), { whilePasswordChangeIsDue: true });
}
