"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FieldError, FormSection, RadioGroup, SelectField, SubmitButton, TextField, type Option } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { API_KEY_KINDS } from "@/lib/validation/choices";
import type { apiKeyCreation } from "@/lib/validation/api-key";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

const KIND_OPTIONS = Object.entries(API_KEY_KINDS).map(([value, label]) => ({ value, label }));

/**
 * A new API key. The server drew the key for this page; it is shown here, once, to be copied before saving,
 * and only its hash is stored (as with a one-time password, the form shows what nothing else will keep).
 */
export function ApiKeyForm({ action, apiKey, providers, coordinators }: { action: Action; apiKey: string; providers: Option[]; coordinators: Option[] }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof apiKeyCreation>(lastResult, { nyckel: apiKey });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <FormSection title="Nyckeln">
        <TextField meta={fields.namn} label="Namn" hint="Vad nyckeln används till, till exempel ”Verksamhetssystemet hos anordnaren”." />
        <RadioGroup meta={fields.typ} legend="Vad nyckeln ger tillgång till" options={KIND_OPTIONS} />
        <SelectField meta={fields.anordnare} label="Anordnare" hint="Krävs för en anordnares nyckel, som läser dess placeringar och inskickade uppföljningar." options={providers} />
        <SelectField meta={fields.koordinator} label="Koordinator" hint="Krävs för en koordinators nyckel, som läser siffrorna inom koordinatorns omfattning." options={coordinators} />
      </FormSection>
      <FormSection title="Kopiera nyckeln nu">
        <div>
          <p id="nyckel-hint" className="text-sm text-stone-700">
            Nyckeln visas bara här. Stegvis sparar den inte, så den går inte att visa igen. Kopiera den till mottagarens system innan du sparar.
          </p>
          <input type="hidden" name={fields.nyckel.name} value={apiKey} />
          <p className="mt-2 rounded border border-stone-500 bg-stone-50 px-3 py-2 font-mono text-sm break-all" aria-describedby="nyckel-hint" data-testid="api-key">
            {apiKey}
          </p>
          <FieldError meta={fields.nyckel as never} />
        </div>
      </FormSection>
      <SubmitButton>Skapa nyckeln</SubmitButton>
    </ValidatedForm>
  );
}
