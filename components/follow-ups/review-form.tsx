"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, RadioGroup, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { STAGES, STAGE_LABELS, type Stage } from "@/lib/rules";
import type { followUpReview } from "@/lib/validation/follow-up";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/**
 * The case officer's review of a follow-up: accept the proposed stage, set another, or mark it
 * reviewed without changing the stage. A stage needs a reason and a date.
 */
export function ReviewForm({ action, followUpId, version, proposedStage, currentStage, today }: { action: Action; followUpId: string; version: number; proposedStage: Stage | null; currentStage: Stage; today: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof followUpReview>(lastResult, { followUpId, version, decision: proposedStage ? "ACCEPT" : undefined, date: today });
  const decisions = [
    ...(proposedStage ? [{ value: "ACCEPT", label: `Godkänn det föreslagna steget: ${STAGE_LABELS[proposedStage]}` }] : []),
    { value: "OTHER", label: "Sätt ett annat steg" },
    { value: "NONE", label: `Markera som granskad utan att ändra steget (nu ${STAGE_LABELS[currentStage]})` },
  ];
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title="Granska uppföljningen">
        <RadioGroup meta={fields.decision} legend="Vad gör du?" options={decisions} />
        <SelectField meta={fields.stage} label="Annat steg" hint="Bara när du sätter ett annat steg." options={STAGES.map((s) => ({ value: s.id, label: s.label }))} optional />
        <TextAreaField meta={fields.reason} label="Motivering" hint="Varför deltagaren är i steget. Behövs när steget bedöms." optional rows={3} />
        <TextField meta={fields.date} label="Datum för stegbedömningen" type="date" className="max-w-[12rem]" optional />
      </FormSection>
      <SubmitButton>Spara granskningen</SubmitButton>
    </ValidatedForm>
  );
}
