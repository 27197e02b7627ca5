"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { placementExtension } from "@/lib/validation/placement-change";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** A later planned end; `limit` is the rules' sentence on the latest allowed end, the same one a refusal quotes. */
export function ExtendPlacementForm({ action, placementId, version, limit }: { action: Action; placementId: string; version: number; limit: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof placementExtension>(lastResult, { placementId, version });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title="Förlängning">
        <TextField meta={fields.newPlannedEndDate} label="Nytt planerat slutdatum" hint={limit} type="date" className="max-w-[12rem]" />
        <TextAreaField meta={fields.reason} label="Motivering" hint="Till exempel vad deltagaren behöver mer tid till." optional />
      </FormSection>
      <SubmitButton>Förläng placeringen</SubmitButton>
    </ValidatedForm>
  );
}
