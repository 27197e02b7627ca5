"use client";

import { useActionState } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { SelectField, SubmitButton, TextAreaField, type Option } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { participantTransfer } from "@/lib/validation/participant";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** Hand a participant to another case officer, at this unit or another. */
export function TransferForm({ action, participantId, version, officers }: { action: Action; participantId: string; version: number; officers: Option[] }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof participantTransfer>(lastResult, { participantId, version });

  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="max-w-2xl space-y-6 rounded-lg border border-stone-300 bg-white p-5">
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        meta={fields.responsibleOfficerId}
        label="Ny ansvarig handläggare"
        hint="Väljer du en handläggare på en annan enhet flyttas ärendet dit, och du kan inte längre se det."
        options={officers}
        placeholder="Välj handläggare …"
      />
      <TextAreaField meta={fields.reason} label="Anledning" hint="Till exempel att deltagaren har flyttat. Anledningen sparas i loggen." optional rows={3} />
      <SubmitButton>Flytta deltagaren</SubmitButton>
    </ValidatedForm>
  );
}
