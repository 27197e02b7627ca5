"use server";

import { setCoordinatorScope } from "@/lib/server/coordinator-scope";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { coordinatorScopeInput } from "@/lib/validation/coordinator-scope";

export async function setCoordinatorScopeAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("setCoordinatorScopeAction", formData, coordinatorScopeInput, setCoordinatorScope, ({ userId }) => ({ to: `/admin/anvandare/${userId}/omfattning`, confirm: "omfattning-sparad" }));
}
