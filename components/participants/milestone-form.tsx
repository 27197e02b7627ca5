"use client";

import { useActionState } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { MILESTONE } from "@/lib/domain/vocabulary";
import type { milestoneInput } from "@/lib/validation/milestone";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** Record one milestone on the participant's way to work. */
export function MilestoneForm({ action, participantId, today }: { action: Action; participantId: string; today: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof milestoneInput>(lastResult, { participantId, date: today });

  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="max-w-2xl space-y-6 rounded-lg border border-stone-300 bg-white p-5">
      <input type="hidden" name="participantId" value={participantId} />
      <SelectField meta={fields.kind} label="Milstolpe" options={MILESTONE.options} placeholder="Välj milstolpe …" />
      <TextField meta={fields.date} label="Datum" hint="Dagen då det hände, eller dagen för en bokad intervju." type="date" className="max-w-[12rem]" />
      <TextAreaField meta={fields.note} label="Anteckning" hint="Till exempel vilken arbetsgivare, eller vilket nästa steg som föreslogs." optional rows={3} />
      <SubmitButton>Spara milstolpen</SubmitButton>
    </ValidatedForm>
  );
}
