"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, RadioGroup, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { END_REASON, OUTCOME_KIND } from "@/lib/domain/vocabulary";
import type { placementEnding } from "@/lib/validation/placement-change";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** The last day, why the placement ends, and what it led to. */
export function EndPlacementForm({ action, placementId, version, startDate, plannedEndDate }: { action: Action; placementId: string; version: number; startDate: string; plannedEndDate: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof placementEnding>(lastResult, { placementId, version });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title="Avslut">
        <TextField
          meta={fields.actualEndDate}
          label="Sista dagen på placeringen"
          hint={`Från startdatumet ${startDate} till planerat slutdatum ${plannedEndDate}, och inte senare än i dag.`}
          type="date"
          className="max-w-[12rem]"
        />
        <RadioGroup meta={fields.endReasonCode} legend="Varför avslutas placeringen?" options={END_REASON.options} />
        <TextAreaField meta={fields.endReasonText} label="Beskriv skälet" hint="Krävs när du har valt ”Annat skäl”." />
      </FormSection>
      <FormSection title="Resultat">
        <RadioGroup meta={fields.outcomeKind} legend="Vad ledde placeringen till?" options={OUTCOME_KIND.options} />
        <TextAreaField meta={fields.interruptReason} label="Anledning till avbrottet" hint="Krävs när resultatet är ”Avbrott”." />
        <TextAreaField meta={fields.notes} label="Anteckningar" optional rows={4} />
      </FormSection>
      <SubmitButton>Avsluta placeringen</SubmitButton>
    </ValidatedForm>
  );
}
