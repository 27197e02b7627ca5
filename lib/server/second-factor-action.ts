import "server-only";
import { parseWithZod } from "@conform-to/zod/v4";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/format/safe-return-path";
import { enrolmentConfirmation, secondFactorCode } from "@/lib/validation/second-factor";
import { START_PAGE } from "./authz";
import type { FormReply } from "./form-action";
import type { Result } from "./result";
import { confirmEnrolment, verifySecondFactor } from "./second-factor";
import { currentUser, pendingSignIn, SECOND_FACTOR_PAGES, type PendingSignIn } from "./session";

const UNREADABLE_FORM = "Formuläret kunde inte läsas. Ladda om sidan och försök igen.";

/** After enrolment: the recovery codes, shown once, and where the user goes on to. */
export type EnrolmentReply = FormReply | { done: true; recoveryCodes: string[]; next: string };

/**
 * The held session that the second factor's forms act for, as `handleForm` finds the signed-in user: a
 * visitor signed in already goes on, one with no session goes to sign-in.
 */
async function heldSession(): Promise<PendingSignIn> {
  const pending = await pendingSignIn();
  if (pending) return pending;
  redirect((await currentUser()) ? "/" : "/logga-in");
}

/** A refusal's messages at the code field, or for the whole form (a session ended meanwhile). */
function refusalReply(submission: { reply: (options: { fieldErrors?: Record<string, string[]>; formErrors?: string[] }) => FormReply }, result: Exclude<Result<unknown>, { ok: true }>): FormReply {
  if (result.reason === "invalid") return submission.reply({ fieldErrors: { code: result.errors.map((error) => error.message) } });
  return submission.reply({ formErrors: [result.reason === "conflict" ? result.message : "Inloggningen kunde inte slutföras. Logga in igen."] });
}

/** Where the sign-in goes on to: the page asked for, or the role's start page rather than "/" (which only redirects there). */
function nextPage(pending: PendingSignIn, callbackUrl: string | undefined): string {
  const path = safeReturnPath(callbackUrl);
  return path === "/" ? START_PAGE[pending.role] : path;
}

export async function verifySecondFactorFromForm(formData: unknown): Promise<FormReply> {
  const pending = await heldSession();
  if (pending.step !== "verify") redirect(SECOND_FACTOR_PAGES[pending.step]);
  if (!(formData instanceof FormData)) return { status: "error", error: { "": [UNREADABLE_FORM] } };
  const submission = parseWithZod(formData, { schema: secondFactorCode });
  if (submission.status !== "success") return submission.reply();
  const result = await verifySecondFactor(pending, submission.value);
  if (result.ok) {
    // The header was drawn for a visitor held at the code: render the layout again, now with the user's menu.
    revalidatePath("/", "layout");
    redirect(nextPage(pending, submission.value.callbackUrl));
  }
  return refusalReply(submission, result);
}

export async function confirmEnrolmentFromForm(formData: unknown): Promise<EnrolmentReply> {
  const pending = await heldSession();
  if (pending.step !== "enrol") redirect(SECOND_FACTOR_PAGES[pending.step]);
  if (!(formData instanceof FormData)) return { status: "error", error: { "": [UNREADABLE_FORM] } };
  const submission = parseWithZod(formData, { schema: enrolmentConfirmation });
  if (submission.status !== "success") return submission.reply();
  const result = await confirmEnrolment(pending, submission.value);
  if (result.ok) return { done: true, recoveryCodes: result.value.recoveryCodes, next: nextPage(pending, submission.value.callbackUrl) };
  return refusalReply(submission, result);
}
