"use client";

import { useActionState } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { FormSection, RadioGroup, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { MUNICIPALITY_OPTIONS } from "@/lib/domain/municipalities";
import { INTEREST_STATUS, PROVIDER_KIND } from "@/lib/domain/vocabulary";
import { MAX_FIELDS_OF_WORK } from "@/lib/validation/choices";
import type { providerInput, providerUpdate } from "@/lib/validation/provider";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;


type Defaults = Partial<Record<string, string | number | undefined>>;

/** Register a provider, or edit one (with `providerId` and `version` set). */
export function ProviderForm({ action, defaults, editing }: { action: Action; defaults?: Defaults; editing?: { providerId: string; version: number } }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof providerUpdate | typeof providerInput>(lastResult, { ...defaults, ...editing });
  const f = fields as Record<string, (typeof fields)[keyof typeof fields]>;

  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      {editing && (
        <>
          <input type="hidden" name="providerId" value={editing.providerId} />
          <input type="hidden" name="version" value={editing.version} />
        </>
      )}
      <FormSection title="Organisation">
        <TextField
          meta={f.organisationNumber!}
          label="Organisationsnummer"
          hint="10 siffror, till exempel 202100-5489. Ett organisationsnummer kan bara registreras en gång."
          inputMode="numeric"
          className="max-w-xs"
        />
        <TextField meta={f.name!} label="Namn" hint="Som det står i Bolagsverkets register, eller arbetsplatsens namn." />
        <RadioGroup meta={f.kind!} legend="Typ av anordnare" options={PROVIDER_KIND.options} />
        <SelectField meta={f.municipalityCode!} label="Kommun" hint="Där arbetsplatsen finns." options={MUNICIPALITY_OPTIONS} placeholder="Välj kommun …" />
        <TextAreaField
          meta={f.fieldsOfWork!}
          label="Arbetsområden"
          hint={`Ett område per rad, eller skilj dem åt med kommatecken. Högst ${MAX_FIELDS_OF_WORK} områden, till exempel lager, kök, butik.`}
          rows={4}
        />
      </FormSection>
      <FormSection title="Kontaktperson">
        <TextField meta={f.contactName!} label="Kontaktpersonens namn" optional />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={f.contactEmail!} label="E-postadress" type="email" inputMode="email" optional />
          <TextField meta={f.contactPhone!} label="Telefonnummer" type="tel" inputMode="tel" optional />
        </div>
      </FormSection>
      <FormSection title="Platser">
        <TextField
          meta={f.capacity!}
          label="Antal platser"
          hint="Hur många deltagare anordnaren kan ta emot samtidigt, från 0 till 500. En ny placering utöver det nekas; placeringar som redan finns påverkas inte."
          inputMode="numeric"
          className="max-w-[10rem]"
        />
      </FormSection>
      <FormSection title="Intresseanmälan">
        <TextField meta={f.interestReceivedOn!} label="Intresseanmälan kom in" hint="Datum, ÅÅÅÅ-MM-DD." type="date" optional className="max-w-[12rem]" />
        <RadioGroup meta={f.interestStatus!} legend="Status" options={INTEREST_STATUS.options} />
        <TextAreaField meta={f.interestNotes!} label="Anteckningar" hint="Till exempel vad ni kom överens om eller varför anmälan avböjdes." optional rows={4} />
      </FormSection>
      <SubmitButton>{editing ? "Spara ändringarna" : "Registrera anordnaren"}</SubmitButton>
    </ValidatedForm>
  );
}
