"use client";

import { useActionState } from "react";
import type { SubmissionResult } from "@conform-to/react";
import { SubmitButton, TextAreaField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { actionPlanInput } from "@/lib/validation/action-plan";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;
type Plan = { goals: string; competenceAnalysis: string; supportNeeds: string | null; version: number };

/** Write the first action plan, or change the current one (at the version it was opened). */
export function ActionPlanForm({ action, participantId, plan }: { action: Action; participantId: string; plan: Plan | null }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const version = plan?.version ?? 0;
  const [form, fields] = useValidatedForm<typeof actionPlanInput>(lastResult, {
    participantId,
    version,
    goals: plan?.goals,
    competenceAnalysis: plan?.competenceAnalysis,
    supportNeeds: plan?.supportNeeds ?? undefined,
  });

  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="max-w-3xl space-y-6 rounded-lg border border-stone-300 bg-white p-5">
      <input type="hidden" name="participantId" value={participantId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField meta={fields.goals} label="Mål" hint="Vad deltagaren vill och ska nå, på kort och lång sikt, med deltagarens egna ord där det går." rows={5} />
      <TextAreaField
        meta={fields.competenceAnalysis}
        label="Kompetensanalys"
        hint="Vad deltagaren kan och har gjort: utbildning, arbetslivserfarenhet, förmågor, och vad som behöver tränas."
        rows={7}
      />
      <TextAreaField meta={fields.supportNeeds} label="Stödbehov" hint="Stöd och anpassningar som behövs på arbetsplatsen eller runt omkring." optional rows={4} />
      <SubmitButton>Spara handlingsplanen</SubmitButton>
    </ValidatedForm>
  );
}
