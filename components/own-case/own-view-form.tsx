"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { SubmitButton, TextAreaField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { STATEMENT_MESSAGES } from "@/lib/rules";
import type { ownViewInput } from "@/lib/validation/participant-statement";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** The participant writes how the placement goes for them, before the next follow-up. */
export function OwnViewForm({ action, placementId }: { action: Action; placementId: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof ownViewInput>(lastResult, { placementId });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="space-y-4">
      <input type="hidden" name="placementId" value={placementId} />
      <TextAreaField meta={fields.text} label="Så här går det för mig" hint={STATEMENT_MESSAGES.ownViewHint} rows={5} />
      <SubmitButton>Skicka</SubmitButton>
    </ValidatedForm>
  );
}
