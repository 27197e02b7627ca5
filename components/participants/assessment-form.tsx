"use client";

import { useActionState } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { CheckboxField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { assessmentInput } from "@/lib/validation/assessment";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** Record an individual assessment (individuell bedömning) of one participant. */
export function AssessmentForm({ action, participantId, today }: { action: Action; participantId: string; today: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof assessmentInput>(lastResult, { participantId, assessmentDate: today });

  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="max-w-2xl space-y-6 rounded-lg border border-stone-300 bg-white p-5">
      <input type="hidden" name="participantId" value={participantId} />
      <TextField meta={fields.assessmentDate} label="Datum för bedömningen" hint="Dagen då du gjorde bedömningen, i dag eller tidigare." type="date" className="max-w-[12rem]" />
      <TextAreaField
        meta={fields.assessmentReasoning}
        label="Motivering"
        hint="Vad bygger bedömningen på? Till exempel uppföljningar, samtal med deltagaren och om andra tjänster skulle passa bättre."
        rows={6}
      />
      <TextAreaField meta={fields.assessmentConclusion} label="Slutsats" hint="Vad du kommit fram till, i en eller ett par meningar." rows={3} />
      <CheckboxField
        meta={fields.assessmentSuitable}
        label="Arbetsträning är fortfarande den lämpligaste insatsen"
        hint="Lämna rutan tom om en annan insats passar bättre, och skriv vilken i slutsatsen."
      />
      <SubmitButton>Spara bedömningen</SubmitButton>
    </ValidatedForm>
  );
}
