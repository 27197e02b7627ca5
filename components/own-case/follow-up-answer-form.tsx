"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { RadioGroup, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { STATEMENT_MESSAGES } from "@/lib/rules";
import { FOLLOW_UP_ANSWERS } from "@/lib/validation/choices";
import type { followUpResponseInput } from "@/lib/validation/participant-statement";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

const ANSWERS = Object.entries(FOLLOW_UP_ANSWERS).map(([value, label]) => ({ value, label }));

/** The participant confirms a follow-up, or says what in it is not right. */
export function FollowUpAnswerForm({ action, followUpId, date }: { action: Action; followUpId: string; date: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof followUpResponseInput>(lastResult, { followUpId });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="mt-3 space-y-4">
      <input type="hidden" name="followUpId" value={followUpId} />
      <RadioGroup meta={fields.answer} legend={`Stämmer uppföljningen ${date}?`} options={ANSWERS} />
      <TextAreaField meta={fields.text} label="Det här stämmer inte" hint={STATEMENT_MESSAGES.responseTextHint} optional rows={3} />
      <SubmitButton>Skicka svaret</SubmitButton>
    </ValidatedForm>
  );
}
