"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SubmitButton, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { sessionEnding } from "@/lib/validation/user";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** Ends one named session, or every other one, once the user has typed their password. */
export function EndSessionsForm({ action, sessionId, submitLabel }: { action: Action; sessionId?: string; submitLabel: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof sessionEnding>(lastResult, sessionId ? { sessionId } : undefined);
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      {sessionId && <input type="hidden" name="sessionId" value={sessionId} />}
      <FormSection title="Bekräfta att det är du">
        <TextField meta={fields.password} label="Ditt lösenord" type="password" autoComplete="current-password" hint="Så att ingen annan som kommit åt din inloggning kan stänga ute dig." />
      </FormSection>
      <SubmitButton pendingText="Avslutar …">{submitLabel}</SubmitButton>
    </ValidatedForm>
  );
}
