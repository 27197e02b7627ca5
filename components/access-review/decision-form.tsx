"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, RadioGroup, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { decisionReasonHint, type AccessReviewStatus } from "@/lib/rules";
import type { accessReviewDecisionInput } from "@/lib/validation/access-review";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

const DECISIONS = [
  { value: "CONFIRMED", label: "Motiverad: åtkomsten behövdes i arbetet" },
  { value: "FLAGGED", label: "Inte motiverad" },
];

/** The reviewer's decision on one sampled access; a flag, or a change of an earlier decision, needs a reason (lib/rules). */
export function DecisionForm({ action, itemId, version, status }: { action: Action; itemId: string; version: number; status: AccessReviewStatus }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof accessReviewDecisionInput>(lastResult, { itemId, version });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title={status === "PENDING" ? "Ditt beslut" : "Ändra beslutet"}>
        <RadioGroup meta={fields.decision} legend="Var åtkomsten motiverad?" options={DECISIONS} />
        <TextAreaField meta={fields.reason} label="Motivering" hint={decisionReasonHint(status)} optional rows={3} />
      </FormSection>
      <SubmitButton>Spara beslutet</SubmitButton>
    </ValidatedForm>
  );
}
