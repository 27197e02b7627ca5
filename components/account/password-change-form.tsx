"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SubmitButton, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { PASSWORD_HINT } from "@/lib/domain/password-rules";
import type { passwordChange } from "@/lib/validation/user";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

export function PasswordChangeForm({ action }: { action: Action }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof passwordChange>(lastResult);
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <FormSection title="Lösenord">
        <TextField meta={fields.currentPassword} label="Nuvarande lösenord" type="password" autoComplete="current-password" hint="Det du loggade in med, till exempel engångslösenordet du fick." />
        <TextField meta={fields.newPassword} label="Nytt lösenord" type="password" autoComplete="new-password" hint={PASSWORD_HINT} />
        <TextField meta={fields.repeatPassword} label="Nytt lösenord igen" type="password" autoComplete="new-password" />
      </FormSection>
      <SubmitButton>Byt lösenord</SubmitButton>
    </ValidatedForm>
  );
}
