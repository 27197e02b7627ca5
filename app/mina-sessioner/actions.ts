"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { endOtherSessions, endOwnSession } from "@/lib/server/user-sessions";
import { sessionEnding } from "@/lib/validation/user";
import { z } from "zod";

const PAGE = "/mina-sessioner";

export async function endOwnSessionAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm(formData, sessionEnding, endOwnSession, () => ({ to: PAGE, confirm: "session-avslutad" }));
}

export async function endOtherSessionsAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm(formData, z.object({}), endOtherSessions, () => ({ to: PAGE, confirm: "andra-sessioner-avslutade" }));
}
