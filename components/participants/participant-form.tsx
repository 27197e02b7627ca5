"use client";

import { useActionState } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { CheckboxField, FormSection, RadioGroup, SelectField, SubmitButton, TextField, type Option } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { MUNICIPALITY_OPTIONS } from "@/lib/domain/municipalities";
import { COMPENSATION, GENDER } from "@/lib/domain/vocabulary";
import type { participantInput, participantUpdate } from "@/lib/validation/participant";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;


type Defaults = Partial<Record<string, string | boolean | number | undefined>>;

/** Register a participant, or edit one (with `participantId` and `version` set). */
export function ParticipantForm({ action, programmes, defaults, editing }: { action: Action; programmes: Option[]; defaults?: Defaults; editing?: { participantId: string; version: number } }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof participantUpdate | typeof participantInput>(lastResult, { ...defaults, ...editing });
  const f = fields as Record<string, (typeof fields)[keyof typeof fields]>;

  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      {editing && (
        <>
          <input type="hidden" name="participantId" value={editing.participantId} />
          <input type="hidden" name="version" value={editing.version} />
        </>
      )}
      <FormSection title="Person">
        {!editing && (
          <TextField
            meta={f.personalIdentityNumber!}
            label="Personnummer eller samordningsnummer"
            hint="12 siffror, till exempel 19850709-9805. Finns numret redan på enheten kommer du till den deltagaren."
            inputMode="numeric"
            className="max-w-xs"
          />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={f.firstName!} label="Förnamn" autoComplete="off" />
          <TextField meta={f.lastName!} label="Efternamn" autoComplete="off" />
        </div>
        <RadioGroup meta={f.gender!} legend="Kön" options={GENDER.options} />
        <SelectField meta={f.municipalityCode!} label="Folkbokförd i kommun" options={MUNICIPALITY_OPTIONS} placeholder="Välj kommun …" />
        <CheckboxField
          meta={f.protectedIdentity!}
          label="Skyddad identitet"
          hint="Anordnare ser då bara initialer och ärendenummer, och namn och personnummer tas bort ur alla exporter."
        />
      </FormSection>
      <FormSection title="Program och ersättning">
        <SelectField meta={f.programme!} label="Program" options={programmes} placeholder="Välj program …" />
        <TextField
          meta={f.jobCompensableDays!}
          label="Dagar i jobb- och utvecklingsgarantin med ersättning"
          hint="Bara för JOB. Från 450 dagar får arbetsträning vara i 12 månader i stället för 6."
          optional
          inputMode="numeric"
          className="max-w-[10rem]"
        />
        <SelectField meta={f.compensation!} label="Ersättning under insatsen" options={COMPENSATION.options} optional placeholder="Ej angiven" />
        <TextField meta={f.consentDate!} label="Samtycke lämnat" hint="Datum då deltagaren gav sitt samtycke." type="date" optional className="max-w-[12rem]" />
      </FormSection>
      <SubmitButton>{editing ? "Spara ändringarna" : "Registrera deltagaren"}</SubmitButton>
    </ValidatedForm>
  );
}
