"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { consentWithdrawal } from "@/lib/validation/consent";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** The day the participant withdrew consent, and how; `today` is the latest day allowed. */
export function WithdrawConsentForm({ action, participantId, version, today }: { action: Action; participantId: string; version: number; today: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof consentWithdrawal>(lastResult, { participantId, version, withdrawnOn: today });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title="Återkallat samtycke">
        <TextField meta={fields.withdrawnOn} label="Datum då deltagaren återkallade samtycket" hint={`Senast i dag, ${today}.`} type="date" className="max-w-[12rem]" />
        <TextAreaField meta={fields.note} label="Anteckning" hint="Till exempel hur deltagaren meddelade det: per telefon, brev eller vid ett möte." optional />
      </FormSection>
      <SubmitButton>Registrera återkallat samtycke</SubmitButton>
    </ValidatedForm>
  );
}
