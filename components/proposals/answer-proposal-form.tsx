"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, RadioGroup, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { DECISION_LABELS, PROPOSAL_DECISIONS } from "@/lib/validation/choices";
import type { proposalAnswer } from "@/lib/validation/proposal";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

const DECISIONS = PROPOSAL_DECISIONS.map((value) => ({ value, label: DECISION_LABELS[value] }));

/**
 * The case officer's answer. Accepting makes the change with the placement's own rules; a refusal by
 * those rules is shown at the decision, in the rule's words. A rejection needs a reason, which the
 * provider sees.
 */
export function AnswerProposalForm({ action, proposalId, version, placementVersion, hint }: { action: Action; proposalId: string; version: number; placementVersion: number; hint: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof proposalAnswer>(lastResult, { proposalId, version, placementVersion });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="placementVersion" value={placementVersion} />
      <FormSection title="Ditt svar">
        <RadioGroup meta={fields.decision} legend="Beslut" hint={hint} options={DECISIONS} />
        <TextAreaField meta={fields.answerReason} label="Motivering" hint="Krävs när du avslår, frivillig när du godkänner. Anordnaren ser det du skriver." rows={4} />
      </FormSection>
      <SubmitButton pendingText="Skickar …">Skicka svaret</SubmitButton>
    </ValidatedForm>
  );
}
