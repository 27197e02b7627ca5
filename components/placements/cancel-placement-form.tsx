"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { placementCancellation } from "@/lib/validation/placement-change";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** Marks a placement registered in error as cancelled, with the reason. */
export function CancelPlacementForm({ action, placementId, version }: { action: Action; placementId: string; version: number }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof placementCancellation>(lastResult, { placementId, version });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title="Makulering">
        <TextAreaField meta={fields.reason} label="Anledning" hint="Vad som blev fel, till exempel fel deltagare, fel anordnare eller en dubbelregistrering." />
      </FormSection>
      <SubmitButton>Makulera placeringen</SubmitButton>
    </ValidatedForm>
  );
}
