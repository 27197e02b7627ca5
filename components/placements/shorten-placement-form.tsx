"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { placementShortening } from "@/lib/validation/placement-change";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** An earlier planned end, with the reason. */
export function ShortenPlacementForm({ action, placementId, version, currentEnd }: { action: Action; placementId: string; version: number; currentEnd: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof placementShortening>(lastResult, { placementId, version });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title="Förkortning">
        <TextField
          meta={fields.newPlannedEndDate}
          label="Nytt planerat slutdatum"
          hint={`Tidigare än nuvarande slutdatum ${currentEnd}, och i dag eller senare. Har placeringen redan slutat, avsluta den i stället.`}
          type="date"
          className="max-w-[12rem]"
        />
        <TextAreaField meta={fields.reason} label="Anledning" hint="Varför placeringen ska sluta tidigare än planerat." />
      </FormSection>
      <SubmitButton>Förkorta placeringen</SubmitButton>
    </ValidatedForm>
  );
}
