"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, RadioGroup, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { PROPOSAL_KIND, PROPOSAL_REASON, type ProposalKind } from "@/lib/domain/vocabulary";
import type { proposalInput } from "@/lib/validation/proposal";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/**
 * A provider's proposal of one kind: the value it changes, a coded reason and a justification.
 * `hint` says what the placement has now (and, for an extension, the rules' latest end).
 */
export function ProposalForm({ action, placementId, kind, hint }: { action: Action; placementId: string; kind: ProposalKind; hint: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof proposalInput>(lastResult, { placementId, kind });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="kind" value={kind} />
      <FormSection title={PROPOSAL_KIND.labels[kind]}>
        {kind === "EXTEND" && <TextField meta={fields.newEndDate} label="Nytt slutdatum" hint={hint} type="date" className="max-w-[12rem]" />}
        {kind === "END_EARLY" && <TextField meta={fields.newEndDate} label="Sista dagen på placeringen" hint={hint} type="date" className="max-w-[12rem]" />}
        {kind === "CHANGE_START" && <TextField meta={fields.newStartDate} label="Nytt startdatum" hint={hint} type="date" className="max-w-[12rem]" />}
        {kind === "CHANGE_TERMS" && (
          <>
            <TextField meta={fields.hoursPerWeek} label="Nya timmar per vecka" hint={`${hint} Fyll i det som ska ändras: timmarna, arbetsuppgifterna eller båda.`} inputMode="numeric" className="max-w-[8rem]" />
            <TextAreaField meta={fields.tasks} label="Nya arbetsuppgifter" optional rows={4} />
          </>
        )}
        <RadioGroup meta={fields.reasonCode} legend="Skäl" options={PROPOSAL_REASON.options} />
        <TextAreaField meta={fields.justification} label="Motivering" hint="Beskriv kort varför, så att handläggaren kan ta ställning. Skriv inga känsliga uppgifter om hälsa som inte behövs." rows={4} />
      </FormSection>
      <SubmitButton pendingText="Skickar …">Skicka förslaget</SubmitButton>
    </ValidatedForm>
  );
}
