"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { CheckboxField, SubmitButton } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { retentionRunInput } from "@/lib/validation/retention";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** The admin's confirmation of today's list: the run takes what the list showed, on the day it showed it. */
export function RetentionForm({ action, cutoff, count }: { action: Action; cutoff: string; count: number }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof retentionRunInput>(lastResult, { cutoff });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="cutoff" value={cutoff} />
      <CheckboxField meta={fields.confirmed} label="Jag har gått igenom listan" hint="Anonymiseringen går inte att ångra. Namn, personnummer och fritexter försvinner." />
      <SubmitButton pendingText="Anonymiserar …">{`Anonymisera ${count === 1 ? "1 deltagare" : `${count} deltagare`}`}</SubmitButton>
    </ValidatedForm>
  );
}
