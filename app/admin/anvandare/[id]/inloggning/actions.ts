"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { linkOidcAccount, unlinkOidcAccount } from "@/lib/server/oidc/links";
import { oidcLink } from "@/lib/validation/oidc-link";
import { userCommand } from "@/lib/validation/user";

const linkPage = (id: string) => `/admin/anvandare/${id}/inloggning`;

export async function linkOidcAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("linkOidcAction", formData, oidcLink, linkOidcAccount, ({ id, by }) => ({ to: linkPage(id), confirm: by === "subject" ? "inloggning-kopplad" : "inloggning-vantar" }));
}

export async function unlinkOidcAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("unlinkOidcAction", formData, userCommand, unlinkOidcAccount, ({ id }) => ({ to: linkPage(id), confirm: "inloggning-bortkopplad" }));
}
