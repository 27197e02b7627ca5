"use server";

import { handleForm, type FormReply } from "@/lib/server/form-action";
import { endOwnSessions } from "@/lib/server/user-sessions";
import { sessionEnding } from "@/lib/validation/user";

export async function endOwnSessionsAction(_previous: FormReply | undefined, formData: FormData): Promise<FormReply> {
  return handleForm("endOwnSessionsAction", formData, sessionEnding, endOwnSessions, ({ ended }) => ({ to: "/mina-sessioner", confirm: ended === 1 ? "session-avslutad" : "andra-sessioner-avslutade" }));
}
