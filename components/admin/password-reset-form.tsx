"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SubmitButton } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { PASSWORD_HINT } from "@/lib/domain/password-rules";
import type { passwordReset } from "@/lib/validation/user";
import { OneTimePasswordField } from "./one-time-password-field";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

export function PasswordResetForm({ action, userId, version }: { action: Action; userId: string; version: number }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof passwordReset>(lastResult, { userId, version });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title="Nytt engångslösenord">
        <OneTimePasswordField form={form as never} meta={fields.password} hint={`${PASSWORD_HINT} Skriv ned det eller kopiera det nu: det visas inte igen.`} />
      </FormSection>
      <SubmitButton>Återställ lösenordet</SubmitButton>
    </ValidatedForm>
  );
}
