/**
 * What an administrator types about a user, and the passwords a user chooses. The password's rule is
 * `passwordProblem` (lib/domain/password-rules.ts): the form and the service call the same function.
 */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, passwordProblem } from "@/lib/domain/password-rules";
import { STAFF_ROLES, type Role } from "@/lib/domain/roles";
import { choice, recordId, requiredText, version } from "./fields";

export const UNIT_MISSING = "Välj enhet: en handläggare arbetar på en enhet.";
export const PROVIDER_MISSING = "Välj anordnare: en anordnares användare hör till en anordnare.";

const optionalId = () => recordId("Välj i listan.").optional();

const email = () =>
  requiredText("e-postadress", 254)
    .transform((value) => value.toLowerCase())
    .refine((value) => z.email().safeParse(value).success, "Skriv e-postadressen som namn@exempel.se.");

/** A password typed to prove who you are: text of a sane length, with no control character (no password holds one). */
const typedPassword = (missing: string) =>
  z
    .string({ error: missing })
    .max(PASSWORD_MAX_LENGTH * 4, PASSWORD_MESSAGES.tooLong)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), PASSWORD_MESSAGES.unusable);

/** A new password by the rule, with the account's address when the form knows it. */
export const newPassword = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? PASSWORD_MESSAGES.missing : PASSWORD_MESSAGES.unusable) })
    .max(PASSWORD_MAX_LENGTH * 4, PASSWORD_MESSAGES.tooLong)
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

const organisation = {
  role: choice(STAFF_ROLES, "Välj roll."),
  unitId: optionalId(),
  providerId: optionalId(),
  supervisorId: optionalId(),
};

type Organisation = { role?: Role; unitId?: string; providerId?: string };

/** A case officer needs a unit and an anordnare's user a provider; judged even while other fields are wrong. */
function withOrganisation<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const role = ({ value }: { value: unknown }) => (value as Organisation | undefined)?.role;
  return schema
    .refine((value) => (value as Organisation).role !== "HANDLAGGARE" || Boolean((value as Organisation).unitId), {
      path: ["unitId"],
      message: UNIT_MISSING,
      when: (payload) => role(payload) === "HANDLAGGARE",
    })
    .refine((value) => (value as Organisation).role !== "ANORDNARE" || Boolean((value as Organisation).providerId), {
      path: ["providerId"],
      message: PROVIDER_MISSING,
      when: (payload) => role(payload) === "ANORDNARE",
    });
}

export const userCreation = withOrganisation(
  z.object({
    name: requiredText("namn", 200),
    email: email(),
    ...organisation,
    password: newPassword(),
  }),
).superRefine((value, ctx) => {
  // The field's own check has spoken when the password fails without the address.
  if (passwordProblem(value.password) !== null) return;
  const problem = passwordProblem(value.password, { email: value.email });
  if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
});
export type UserCreation = z.output<typeof userCreation>;

export const userUpdate = withOrganisation(
  z.object({
    userId: recordId(),
    version: version(),
    name: requiredText("namn", 200),
    ...organisation,
  }),
);
export type UserUpdate = z.output<typeof userUpdate>;

/** A command on one user that needs nothing else: deactivate, reactivate, end their sessions. */
export const userCommand = z.object({ userId: recordId(), version: version() });
export type UserCommand = z.output<typeof userCommand>;

/** Ending all of a user's sessions: no version, since nothing about the user record changes. */
export const userSessionsCommand = z.object({ userId: recordId() });

export const passwordReset = z.object({ userId: recordId(), version: version(), password: newPassword() });
export type PasswordReset = z.output<typeof passwordReset>;

export const SAME_PASSWORD = "Det nya lösenordet ska skilja sig från det gamla.";
export const REPEAT_DIFFERS = "Lösenorden är inte likadana. Skriv det nya lösenordet två gånger.";

export const passwordChange = z
  .object({
    currentPassword: typedPassword("Fyll i ditt nuvarande lösenord."),
    newPassword: newPassword(),
    repeatPassword: z.string({ error: "Skriv det nya lösenordet en gång till." }).max(PASSWORD_MAX_LENGTH * 4),
  })
  .refine((value) => value.newPassword === value.repeatPassword, {
    path: ["repeatPassword"],
    message: REPEAT_DIFFERS,
    when: ({ value }) => typeof (value as { repeatPassword?: unknown })?.repeatPassword === "string",
  });
export type PasswordChange = z.output<typeof passwordChange>;

/** Ending one of one's own other sessions, or all of them when none is named; the password proves it is the user. */
export const sessionEnding = z.object({
  sessionId: recordId().optional(),
  password: typedPassword("Fyll i ditt lösenord."),
});
export type SessionEnding = z.output<typeof sessionEnding>;
