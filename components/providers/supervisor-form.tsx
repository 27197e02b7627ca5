"use client";

import { useActionState } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { CheckboxField, FormSection, SubmitButton, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { supervisorInput, supervisorUpdate } from "@/lib/validation/provider";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

type Defaults = Partial<Record<string, string | boolean | undefined>>;

/** Add a supervisor (handledare) to a provider, or edit one (with `supervisorId` set). */
export function SupervisorForm({ action, providerId, defaults, supervisorId }: { action: Action; providerId: string; defaults?: Defaults; supervisorId?: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof supervisorUpdate | typeof supervisorInput>(lastResult, defaults);
  const f = fields as Record<string, (typeof fields)[keyof typeof fields]>;

  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      {supervisorId ? <input type="hidden" name="supervisorId" value={supervisorId} /> : <input type="hidden" name="providerId" value={providerId} />}
      <FormSection title="Handledare">
        <TextField meta={f.name!} label="Namn" />
        <TextField meta={f.title!} label="Titel eller roll" hint="Till exempel lagerchef eller arbetsledare." optional />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={f.email!} label="E-postadress" hint="Fyll i e-post, telefon eller båda." type="email" inputMode="email" />
          <TextField meta={f.phone!} label="Telefonnummer" hint="Till exempel 070-123 45 67." type="tel" inputMode="tel" />
        </div>
        {supervisorId && (
          <CheckboxField meta={f.active!} label="Aktiv handledare" hint="Ta bort bocken när personen inte längre är handledare. Placeringar där hen är handledare visar fortfarande namnet." />
        )}
      </FormSection>
      <SubmitButton>{supervisorId ? "Spara handledaren" : "Lägg till handledaren"}</SubmitButton>
    </ValidatedForm>
  );
}
