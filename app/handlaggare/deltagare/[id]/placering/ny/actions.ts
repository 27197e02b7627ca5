"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { registerPlacement } from "@/lib/server/placements/register-placement";
import { placementInput } from "@/lib/validation/placement";

export async function registerPlacementAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("registerPlacementAction", formData, placementInput, registerPlacement, ({ participantId }) => ({ to: `/handlaggare/deltagare/${participantId}`, confirm: "placering-registrerad" }));
}
