"use client";

import type { FieldMetadata, SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { AGREEMENT_CHANGE, AGREEMENT_GOAL_CATEGORY } from "@/lib/domain/vocabulary";
import type { agreementDraft } from "@/lib/validation/agreement";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

export type AgreementFormValues = {
  purpose: string;
  goals: { category?: string; description?: string }[];
  tasks: string;
  schedule: string;
  hoursPerWeek: string;
  followUpPlan: string;
  otherContacts: string;
};

/** The changes made in the agreement itself; the period changes through the placement's own forms. */
const OWN_CHANGES = (["GOALS", "TASKS_AND_HOURS", "CONTACTS", "FOLLOW_UP"] as const).map((value) => ({ value, label: AGREEMENT_CHANGE.labels[value] }));

/**
 * The officer's draft of the agreement. Before it is binding, the whole text; once binding, a change
 * names what it changes, why and from when, and only that part is taken (the rest stays as agreed).
 */
export function AgreementForm({
  action,
  placementId,
  version,
  values,
  goalRows,
  isChange,
  period,
}: {
  action: Action;
  placementId: string;
  version: number;
  values: AgreementFormValues;
  goalRows: number;
  isChange: boolean;
  period: string;
}) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const goals = [...values.goals, ...Array.from({ length: Math.max(0, goalRows - values.goals.length) }, () => ({}))].slice(0, goalRows);
  const [form, fields] = useValidatedForm<typeof agreementDraft>(lastResult, { placementId, version, ...values, goals });
  // The schema preprocesses the list (empty rows left out), so conform types it as unknown; its rows are these.
  const goalFields = (fields.goals as unknown as FieldMetadata<{ category?: string; description?: string }[], Record<string, unknown>, string[]>).getFieldList();
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      {isChange && (
        <FormSection title="Ändringen">
          <SelectField meta={fields.changeKind} label="Vad ändras" hint="Bara den delen tas från formuläret; resten av överenskommelsen står kvar som den godkändes." options={OWN_CHANGES} />
          <TextAreaField meta={fields.changeReason} label="Skäl till ändringen" />
          <TextField meta={fields.effectiveFrom} label="Gäller från" hint={`En dag i placeringens period, ${period}.`} type="date" className="max-w-[12rem]" />
        </FormSection>
      )}
      <FormSection title="Syfte och mål">
        <TextAreaField meta={fields.purpose} label="Syfte med arbetsträningen" hint="Vad deltagaren ska få ut av placeringen, med egna ord." />
        {goalFields.map((goal, i) => {
          const row = goal.getFieldset();
          return (
            <fieldset key={goal.key} className="grid gap-3 rounded border border-stone-300 p-3 sm:grid-cols-[16rem_1fr]">
              <legend className="px-1 font-medium">Mål {i + 1}{i > 0 && <span className="font-normal text-stone-600"> (frivilligt)</span>}</legend>
              <SelectField meta={row.category} label="Vad målet gäller" options={AGREEMENT_GOAL_CATEGORY.options} />
              <TextField meta={row.description} label="Beskrivning av målet" />
            </fieldset>
          );
        })}
      </FormSection>
      <FormSection title="Arbetsuppgifter, schema och timmar">
        <TextAreaField meta={fields.tasks} label="Arbetsuppgifter" />
        <TextField meta={fields.schedule} label="Schema" hint="Dagar och tider, till exempel ”Måndag–torsdag 8–13”." />
        <TextField meta={fields.hoursPerWeek} label="Timmar per vecka" inputMode="numeric" className="max-w-[8rem]" />
      </FormSection>
      <FormSection title="Uppföljning och kontakter">
        <TextAreaField meta={fields.followUpPlan} label="Plan för uppföljning" hint="Förifylld från reglerna för uppföljning; skriv till det ni kommer överens om." />
        <TextAreaField meta={fields.otherContacts} label="Övriga kontakter" optional hint="Till exempel en god man eller en kontakt inom vården, om deltagaren vill." />
      </FormSection>
      <SubmitButton>Spara utkastet</SubmitButton>
    </ValidatedForm>
  );
}
