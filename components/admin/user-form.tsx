"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SelectField, SubmitButton, TextField, type Option } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { ROLE_LABELS } from "@/lib/format/roles";
import { STAFF_ROLES } from "@/lib/domain/roles";
import { PASSWORD_HINT } from "@/lib/domain/password-rules";
import type { userCreation, userUpdate } from "@/lib/validation/user";
import { OneTimePasswordField } from "./one-time-password-field";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;
export type UserFormOptions = { units: Option[]; providers: Option[]; supervisors: Option[] };

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

function Organisation({ fields, options }: { fields: Record<"role" | "unitId" | "providerId" | "supervisorId", never>; options: UserFormOptions }) {
  return (
    <FormSection title="Roll och organisation">
      <SelectField meta={fields.role} label="Roll" options={ROLE_OPTIONS} />
      <SelectField meta={fields.unitId} label="Enhet" hint="För handläggare (krävs) och koordinatorer. Andra roller sparas utan enhet." options={options.units} />
      <SelectField meta={fields.providerId} label="Anordnare" hint="För anordnarens användare (krävs). Andra roller sparas utan anordnare." options={options.providers} />
      <SelectField meta={fields.supervisorId} label="Är handledaren" hint="När användaren är en handledare hos anordnaren: koppla inloggningen till handledaren." options={options.supervisors} optional />
    </FormSection>
  );
}

/** A new user with a one-time password; the user chooses their own at first sign-in. */
export function CreateUserForm({ action, options }: { action: Action; options: UserFormOptions }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof userCreation>(lastResult);
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <FormSection title="Personen">
        <TextField meta={fields.name} label="Namn" autoComplete="off" />
        <TextField meta={fields.email} label="E-postadress" type="email" hint="Användaren loggar in med den." />
      </FormSection>
      <Organisation fields={fields as never} options={options} />
      <FormSection title="Engångslösenord">
        <OneTimePasswordField form={form as never} meta={fields.password} hint={`${PASSWORD_HINT} Användaren byter det vid första inloggningen.`} />
      </FormSection>
      <SubmitButton>Skapa användaren</SubmitButton>
    </ValidatedForm>
  );
}

type Current = { userId: string; version: number; name: string; role: string; unitId: string | null; providerId: string | null; supervisorId: string | null };

/** Name, role and where the user belongs, at the version the page was opened at. */
export function EditUserForm({ action, options, current }: { action: Action; options: UserFormOptions; current: Current }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof userUpdate>(lastResult, {
    ...current,
    unitId: current.unitId ?? undefined,
    providerId: current.providerId ?? undefined,
    supervisorId: current.supervisorId ?? undefined,
  });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="userId" value={current.userId} />
      <input type="hidden" name="version" value={current.version} />
      <FormSection title="Personen">
        <TextField meta={fields.name} label="Namn" />
      </FormSection>
      <Organisation fields={fields as never} options={options} />
      <SubmitButton>Spara</SubmitButton>
    </ValidatedForm>
  );
}
