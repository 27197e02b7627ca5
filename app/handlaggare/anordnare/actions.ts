"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { addSupervisor, registerProvider, updateProvider, updateSupervisor } from "@/lib/server/providers";
import { providerInput, providerUpdate, supervisorInput, supervisorUpdate } from "@/lib/validation/provider";

export async function registerProviderAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("registerProviderAction", formData, providerInput, registerProvider, ({ id }) => ({ to: `/handlaggare/anordnare/${id}`, confirm: "anordnare-registrerad" }));
}

export async function updateProviderAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("updateProviderAction", formData, providerUpdate, updateProvider, ({ id }) => ({ to: `/handlaggare/anordnare/${id}`, confirm: "anordnare-andrad" }));
}

export async function addSupervisorAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("addSupervisorAction", formData, supervisorInput, addSupervisor, ({ providerId }) => ({ to: `/handlaggare/anordnare/${providerId}`, confirm: "handledare-sparad" }));
}

export async function updateSupervisorAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("updateSupervisorAction", formData, supervisorUpdate, updateSupervisor, ({ providerId }) => ({ to: `/handlaggare/anordnare/${providerId}`, confirm: "handledare-sparad" }));
}
