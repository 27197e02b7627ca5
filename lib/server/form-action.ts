import "server-only";
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { Confirmation } from "@/lib/format/confirmations";
import type { Result } from "./result";
import { CHANGE_PASSWORD_PAGE, currentUser, refuseAccess } from "./session";
import type { SessionUser } from "./session-user";

const UNREADABLE_FORM = "Formuläret kunde inte läsas. Ladda om sidan och försök igen.";

/** What a form's action returns to `useActionState`: conform's reply, with per-field errors. */
export type FormReply = SubmissionResult<string[]>;

/** Where a successful command leads, and the short confirmation shown there. */
export type Done = { to: string; confirm: Confirmation };

/**
 * The one way a form is handled on the server: parse with the same schema the form validates with,
 * run one service command as the signed-in user, and map its result. Field errors go to their
 * fields (or to the form when the field is not in it), a stale edit or other conflict to the form,
 * a record the user may not see to 404; success revalidates and redirects with a confirmation.
 * Faults are not caught: error.tsx shows them. `actionName` (the action's export) is what a refusal's log
 * entry names: spelled out, because the production build renames functions.
 */
export async function handleForm<Schema extends z.ZodObject, T>(
  actionName: string,
  formData: unknown,
  schema: Schema,
  command: (user: SessionUser, input: z.output<Schema>) => Promise<Result<T>>,
  done: (value: T) => Done,
  options: { whilePasswordChangeIsDue?: boolean } = {},
): Promise<FormReply> {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  // A password reset by an administrator: nothing but choosing a new one until it is done.
  if (user.mustChangePassword && !options.whilePasswordChangeIsDue) redirect(CHANGE_PASSWORD_PAGE);
  // An action can be posted any arguments, not only the form it was written for: that is a form error, not a crash.
  if (!(formData instanceof FormData)) return { status: "error", error: { "": [UNREADABLE_FORM] } };
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return submission.reply();

  const result = await command(user, submission.value);
  if (result.ok) {
    const { to, confirm } = done(result.value);
    revalidatePath("/", "layout");
    redirect(`${to}${to.includes("?") ? "&" : "?"}klart=${confirm}`);
  }
  switch (result.reason) {
    case "invalid": {
      const known = new Set(Object.keys(schema.shape));
      const fieldErrors: Record<string, string[]> = {};
      const formErrors: string[] = [];
      for (const { field, message } of result.errors) {
        if (known.has(field)) (fieldErrors[field] ??= []).push(message);
        else formErrors.push(message);
      }
      return submission.reply({ fieldErrors, formErrors });
    }
    case "conflict":
      return submission.reply({ formErrors: [result.message] });
    case "not-found":
      notFound();
    case "forbidden":
      return refuseAccess(user, { entity: "Action", changes: { action: actionName, ...namedRecords(submission.value) } });
  }
}

/** The ids a refused form named (its fields ending in "id"), so the log says which record was asked for. */
function namedRecords(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter((entry): entry is [string, string] => /id$/i.test(entry[0]) && typeof entry[1] === "string"));
}
