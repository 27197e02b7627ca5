"use server";

import { grantAccessReviewer, revokeAccessReviewer } from "@/lib/server/access-review/follow-up";
import { handleForm, type FormReply } from "@/lib/server/form-action";
import { createUserAccount, deactivateUser, endUserSessions, reactivateUser, resetPassword, resetSecondFactor, updateUserAccount } from "@/lib/server/user-admin";
import { accessReviewerGrant } from "@/lib/validation/access-review";
import { passwordReset, userCommand, userCreation, userSessionsCommand, userUpdate } from "@/lib/validation/user";

const userPage = (id: string) => `/admin/anvandare/${id}`;

export async function createUserAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("createUserAction", formData, userCreation, createUserAccount, ({ id }) => ({ to: userPage(id), confirm: "anvandare-skapad" }));
}

export async function updateUserAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("updateUserAction", formData, userUpdate, updateUserAccount, ({ id }) => ({ to: userPage(id), confirm: "anvandare-andrad" }));
}

export async function deactivateUserAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("deactivateUserAction", formData, userCommand, deactivateUser, ({ id }) => ({ to: userPage(id), confirm: "anvandare-avstangd" }));
}

export async function reactivateUserAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("reactivateUserAction", formData, userCommand, reactivateUser, ({ id }) => ({ to: userPage(id), confirm: "anvandare-aktiverad" }));
}

export async function resetPasswordAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("resetPasswordAction", formData, passwordReset, resetPassword, ({ id }) => ({ to: userPage(id), confirm: "losenord-aterstallt" }));
}

export async function endUserSessionsAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("endUserSessionsAction", formData, userSessionsCommand, endUserSessions, ({ id }) => ({ to: userPage(id), confirm: "sessioner-avslutade" }));
}

export async function grantAccessReviewerAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("grantAccessReviewerAction", formData, accessReviewerGrant, grantAccessReviewer, ({ id }) => ({ to: userPage(id), confirm: "granskare-tillagd" }));
}

export async function revokeAccessReviewerAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("revokeAccessReviewerAction", formData, accessReviewerGrant, revokeAccessReviewer, ({ id }) => ({ to: userPage(id), confirm: "granskare-borttagen" }));
}

export async function resetSecondFactorAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("resetSecondFactorAction", formData, userCommand, resetSecondFactor, ({ id }) => ({ to: userPage(id), confirm: "tvasteg-aterstallt" }));
}
