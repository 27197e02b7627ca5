/** The codes typed at sign-in's second step and when setting up the authenticator app. */
import { z } from "zod";
import { codeKind, normalizedCode } from "@/lib/domain/second-factor";
import { missing, UNREADABLE } from "./fields";

const typedCode = (kinds: readonly ("totp" | "recovery")[], message: string) =>
  z
    .string({ error: missing(message) })
    .trim()
    .min(1, message)
    .max(40, message)
    .refine((value) => {
      const kind = codeKind(normalizedCode(value));
      return kind !== null && kinds.includes(kind);
    }, message);

export const CODE_FORMAT = "Skriv de sex siffror som appen visar, eller en återställningskod (tio tecken, till exempel ABCDE-FGHJK).";
export const APP_CODE_FORMAT = "Skriv de sex siffror som appen visar.";

/** Sign-in's second step: a code from the app, or a recovery code. */
/** Where the sign-in goes on to: a hidden field, so anything odd in it is a tampered form. */
const callbackUrl = () => z.string({ error: UNREADABLE }).max(2000, UNREADABLE).optional();
/** The secret the enrolment page drew, in a hidden field. */
const SECRET_UNREADABLE = "Nyckeln kunde inte läsas. Ladda om sidan och lägg till kontot i appen igen.";

export const secondFactorCode = z.object({ code: typedCode(["totp", "recovery"], CODE_FORMAT), callbackUrl: callbackUrl() });
export type SecondFactorCode = z.output<typeof secondFactorCode>;

/** Setting up the app: the secret the page showed, and a code the app made from it. */
export const enrolmentConfirmation = z.object({
  secret: z.string({ error: missing(SECRET_UNREADABLE) }).max(64, SECRET_UNREADABLE),
  code: typedCode(["totp"], APP_CODE_FORMAT),
  callbackUrl: callbackUrl(),
});
export type EnrolmentConfirmation = z.output<typeof enrolmentConfirmation>;
