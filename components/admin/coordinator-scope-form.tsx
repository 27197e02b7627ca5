"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FieldError, FormSection, RadioGroup, SubmitButton } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import { FILTER_CONTROL } from "@/components/ui/filter-select";
import { SCOPE_KINDS } from "@/lib/validation/choices";
import type { coordinatorScopeInput, ScopeKind } from "@/lib/validation/coordinator-scope";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;
type Option = { value: string; label: string };

/** The admin's choice of a coordinator's scope: the whole country, chosen units and municipalities, or none. */
export function CoordinatorScopeForm({
  action,
  userId,
  kind,
  unitIds,
  municipalityCodes,
  units,
  municipalities,
}: {
  action: Action;
  userId: string;
  kind: ScopeKind;
  unitIds: string[];
  municipalityCodes: string[];
  units: Option[];
  municipalities: readonly Option[];
}) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof coordinatorScopeInput>(lastResult, { userId, omfattning: kind, enheter: unitIds, kommuner: municipalityCodes });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="space-y-6">
      <input type="hidden" name="userId" value={userId} />
      <FormSection title="Omfattning">
        <RadioGroup meta={fields.omfattning} legend="Vilka deltagare ska koordinatorns siffror omfatta?" options={Object.entries(SCOPE_KINDS).map(([value, label]) => ({ value, label }))} />
      </FormSection>
      <FormSection title="Valda enheter och kommuner">
        <p className="text-sm text-stone-700">Gäller när du valt ”{SCOPE_KINDS.urval}”. Siffrorna omfattar deltagare på de valda enheterna och deltagare som bor i de valda kommunerna.</p>
        <fieldset id={fields.enheter.id} tabIndex={-1} aria-describedby={fields.enheter.errors?.length ? fields.enheter.errorId : undefined}>
          <legend className="font-medium">Enheter</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {units.map((u) => (
              <label key={u.value} className="flex items-start gap-2">
                <input type="checkbox" name={fields.enheter.name} value={u.value} defaultChecked={unitIds.includes(u.value)} className="mt-1 h-4 w-4" />
                <span>{u.label}</span>
              </label>
            ))}
          </div>
          <FieldError meta={fields.enheter} />
        </fieldset>
        <div>
          <label htmlFor={fields.kommuner.id} className="block font-medium">
            Kommuner där deltagarna bor
          </label>
          <p id={`${fields.kommuner.id}-hint`} className="mt-0.5 text-sm text-stone-700">
            Håll ned Ctrl (Cmd på Mac) för att välja flera.
          </p>
          <select
            id={fields.kommuner.id}
            name={fields.kommuner.name}
            multiple
            size={10}
            defaultValue={municipalityCodes}
            aria-describedby={`${fields.kommuner.id}-hint`}
            className={`${FILTER_CONTROL} max-w-md`}
          >
            {municipalities.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
          <FieldError meta={fields.kommuner} />
        </div>
      </FormSection>
      <SubmitButton>Spara omfattningen</SubmitButton>
    </ValidatedForm>
  );
}
