"use server";

import { createApiKey, revokeApiKey } from "@/lib/server/api/keys";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { apiKeyCreation, apiKeyRevocation } from "@/lib/validation/api-key";

export async function createApiKeyAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("createApiKeyAction", formData, apiKeyCreation, createApiKey, () => ({ to: "/admin/api-nycklar", confirm: "api-nyckel-skapad" }));
}

export async function revokeApiKeyAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("revokeApiKeyAction", formData, apiKeyRevocation, revokeApiKey, () => ({ to: "/admin/api-nycklar", confirm: "api-nyckel-aterkallad" }));
}
