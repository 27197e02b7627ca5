"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { secondFactorCode } from "@/lib/validation/second-factor";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

export function SecondFactorForm({ action, callbackUrl }: { action: Action; callbackUrl: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof secondFactorCode>(lastResult);
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        meta={fields.code}
        label="Kod"
        autoComplete="one-time-code"
        hint="Sex siffror från appen. Har du tappat bort telefonen? Skriv en av dina återställningskoder i stället."
      />
      <SubmitButton pendingText="Kontrollerar …">Fortsätt</SubmitButton>
    </ValidatedForm>
  );
}
