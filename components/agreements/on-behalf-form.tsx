"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { RadioGroup, SubmitButton } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { ON_BEHALF_REASON } from "@/lib/domain/vocabulary";
import type { participantApprovalOnBehalf } from "@/lib/validation/agreement";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** The officer records the participant's approval, and how the participant gave it. */
export function OnBehalfForm({ action, versionId }: { action: Action; versionId: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof participantApprovalOnBehalf>(lastResult, { versionId });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="versionId" value={versionId} />
      <RadioGroup
        meta={fields.onBehalfReason}
        legend="Hur godkände deltagaren?"
        hint="Deltagaren kan inte logga in i Stegvis ännu. Du registrerar godkännandet åt deltagaren och skälet sparas."
        options={ON_BEHALF_REASON.options}
      />
      <SubmitButton>Registrera deltagarens godkännande</SubmitButton>
    </ValidatedForm>
  );
}
