"use client";

import { useActionState } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { CheckboxField, FormSection, RadioGroup, SelectField, SubmitButton, TextAreaField, TextField, type Option } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import {
  AIO_REASON_LABELS,
  AIO_REASON_QUESTION,
  KIND_LABELS,
  LATE_REGISTRATION,
  MODE_LABELS,
  isIsoDate,
  isLateRegistration,
  maxPeriod,
  type CustomProgramme,
  type PlacementKind,
} from "@/lib/rules";
import type { PlacementFormData } from "@/lib/server/placements/placement-form-data";
import type { placementInput } from "@/lib/validation/placement";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
const KIND_OPTIONS = options(KIND_LABELS);
const MODE_OPTIONS = options(MODE_LABELS);
const AIO_OPTIONS = options(AIO_REASON_LABELS);

type Props = Omit<PlacementFormData, "consentRefusal"> & { action: Action; previousPlacementId?: string };

/** The longest period for what the officer has chosen so far, in the words of lib/rules' maxPeriod. */
function limitFor(
  values: { programme?: unknown; kind?: unknown; startDate?: unknown; decisionDate?: unknown },
  jobCompensableDays: number | null,
  customProgrammes: CustomProgramme[],
): { lastDay: string | null; text: string } {
  const { programme, kind, startDate, decisionDate } = values;
  if (typeof programme !== "string" || !programme || typeof kind !== "string" || !(kind in KIND_LABELS) || !isIsoDate(startDate)) {
    return { lastDay: null, text: "Välj program, typ av arbetsträning och startdatum, så visas den sista dag perioden får pågå och regeln bakom." };
  }
  const limit = maxPeriod({
    programme,
    kind: kind as PlacementKind,
    startDate,
    decisionDate: isIsoDate(decisionDate) ? decisionDate : undefined,
    jobCompensableDays: jobCompensableDays ?? undefined,
    customProgrammes,
  });
  return limit.allowed ? { lastDay: limit.lastDay, text: `Senast tillåtna slutdatum: ${limit.lastDay}. ${limit.explanation}` } : { lastDay: null, text: limit.explanation };
}

/** Register a placement (a period) for one participant, with the live limit from lib/rules. */
export function PlacementForm({ action, today, participant, latestPeriod, assessments, providers, programmes, customProgrammes, previousPlacementId }: Props) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof placementInput>(lastResult, {
    participantId: participant.id,
    previousPlacementId,
    programme: participant.programme,
    decisionDate: today,
    mode: "ON_SITE",
    assessmentChoice: previousPlacementId || assessments.length === 0 ? "NEW" : undefined,
  });
  const f = fields as Record<string, (typeof fields)[keyof typeof fields]>;
  const value = (name: string) => f[name]!.value as string | undefined;

  const limit = limitFor(
    { programme: value("programme"), kind: value("kind"), startDate: value("startDate"), decisionDate: value("decisionDate") },
    participant.jobCompensableDays,
    customProgrammes,
  );
  const provider = providers.find((p) => p.id === value("providerId"));
  const supervisorOptions: Option[] = (provider?.supervisors ?? []).map((s) => ({ value: s.id, label: s.name }));
  const providerOptions: Option[] = providers.map((p) => ({ value: p.id, label: `${p.name} (${p.load} av ${p.capacity} platser upptagna)` }));
  const full = provider !== undefined && provider.load >= provider.capacity;
  const startDate = value("startDate");
  const late = (typeof startDate === "string" && isLateRegistration(startDate, today)) || value("lateRegistration") === "on" || Boolean(f.lateRegistration!.errors);
  const choice = value("assessmentChoice");
  const choiceOptions: Option[] = [
    ...(assessments.length > 0 ? [{ value: "EXISTING", label: "Använd en bedömning som redan är gjord" }] : []),
    { value: "NEW", label: "Gör en ny bedömning nu" },
  ];

  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="participantId" value={participant.id} />
      <FormSection title="Period">
        {latestPeriod && (
          <SelectField
            meta={f.previousPlacementId!}
            label="Fortsättning på en tidigare period"
            hint="En ny period följer på deltagarens senaste period och får nästa nummer. Den kräver en ny individuell bedömning."
            options={[{ value: latestPeriod.id, label: latestPeriod.label }]}
            placeholder="Nej, en ny placering"
            optional
          />
        )}
        <SelectField meta={f.programme!} label="Program" options={programmes} placeholder="Välj program …" />
        <RadioGroup meta={f.kind!} legend="Typ av arbetsträning" options={KIND_OPTIONS} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={f.decisionDate!} label="Beslutsdatum" hint="Dagen beslutet fattades. Den avgör vilka regler som gäller." type="date" />
          <TextField meta={f.startDate!} label="Startdatum" type="date" />
        </div>
        <div>
          <TextField meta={f.plannedEndDate!} label="Planerat slutdatum" type="date" className="max-w-[12rem]" hint={<span aria-live="polite">{limit.text}</span>} />
          <button
            type="button"
            disabled={!limit.lastDay}
            onClick={() => limit.lastDay && form.update({ name: fields.plannedEndDate.name, value: limit.lastDay })}
            className="mt-2 rounded border border-brand-800 px-3 py-1.5 font-medium text-brand-900 hover:bg-brand-50 disabled:border-stone-400 disabled:text-stone-600"
          >
            Föreslå slutdatum
          </button>
        </div>
        <TextField meta={f.hoursPerWeek!} label="Timmar per vecka" hint="Från 1 till 40." inputMode="numeric" className="max-w-[8rem]" />
        <RadioGroup meta={f.mode!} legend="Var tränar deltagaren?" hint="En placering på distans eller blandat följs upp varannan vecka." options={MODE_OPTIONS} />
      </FormSection>

      <FormSection title="Anordnare">
        <SelectField meta={f.providerId!} label="Anordnare" hint="Inom parentes: hur många av anordnarens platser som är upptagna i dag." options={providerOptions} placeholder="Välj anordnare …" />
        <SelectField
          meta={f.supervisorId!}
          label="Handledare"
          options={supervisorOptions}
          optional
          placeholder={provider ? (supervisorOptions.length > 0 ? "Välj handledare …" : "Anordnaren har ingen handledare registrerad") : "Välj anordnare först"}
        />
        {(full || f.capacityOverrideReason!.errors || value("capacityOverrideReason")) && (
          <TextAreaField
            meta={f.capacityOverrideReason!}
            label="Skäl att placera trots att platserna är fulla"
            hint={provider ? `${provider.name} har ${provider.load} av ${provider.capacity} platser upptagna. Skälet sparas med placeringen.` : undefined}
            optional
          />
        )}
      </FormSection>

      <FormSection title="Mål och arbetsuppgifter">
        <TextAreaField meta={f.goals!} label="Mål med perioden" />
        <TextAreaField meta={f.tasks!} label="Arbetsuppgifter" />
      </FormSection>

      <FormSection title="Arbetsintegrerande övningsplatser">
        <RadioGroup
          meta={f.aioReason!}
          legend={AIO_REASON_QUESTION}
          hint="Krävs i jobb- och utvecklingsgarantin, jobbgarantin för ungdomar och etableringsprogrammet."
          options={AIO_OPTIONS}
        />
      </FormSection>

      <FormSection title="Individuell bedömning">
        <RadioGroup
          meta={f.assessmentChoice!}
          legend="Vilken bedömning grundas perioden på?"
          hint="Inför varje period prövar du om arbetsträning är den mest lämpliga insatsen. En ny period kräver en ny bedömning."
          options={choiceOptions}
        />
        {choice === "EXISTING" && <SelectField meta={f.assessmentId!} label="Bedömning" options={assessments} placeholder="Välj bedömning …" />}
        {choice === "NEW" && (
          <>
            <TextField meta={f.assessmentDate!} label="Datum för bedömningen" type="date" className="max-w-[12rem]" />
            <TextAreaField meta={f.assessmentReasoning!} label="Motivering" hint="Vad du har prövat och varför." rows={4} />
            <TextField meta={f.assessmentConclusion!} label="Slutsats" />
            <CheckboxField meta={f.assessmentSuitable!} label="Arbetsträning är den mest lämpliga insatsen för deltagaren" />
          </>
        )}
      </FormSection>

      {late && (
        <FormSection title="Efterregistrering">
          <p className="text-sm text-stone-700">
            Startdatumet ligger mer än {LATE_REGISTRATION.maxDaysBack} dagar före i dag. En sådan placering registreras bara som efterregistrering, med ett skäl.
          </p>
          <CheckboxField meta={f.lateRegistration!} label="Registrera i efterhand (efterregistrering)" />
          <TextAreaField meta={f.lateRegistrationReason!} label="Varför registreras placeringen i efterhand?" optional />
        </FormSection>
      )}

      <SubmitButton>Registrera placeringen</SubmitButton>
    </ValidatedForm>
  );
}
