"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { FormSection, SubmitButton, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { oidcLink } from "@/lib/validation/oidc-link";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

export function OidcLinkForm({ action, userId, version, email }: { action: Action; userId: string; version: number; email: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof oidcLink>(lastResult, { userId, version });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="version" value={version} />
      <FormSection title="Koppla kontot">
        <TextField
          meta={fields.subject}
          label="Användar-id hos organisationens inloggning"
          optional
          hint={`Id:t (subject) som organisationens inloggning har för personen. Lämna tomt om du inte vet det: då kopplas kontot första gången personen loggar in där med e-postadressen ${email}, om organisationen har verifierat den.`}
        />
      </FormSection>
      <SubmitButton>Koppla kontot</SubmitButton>
    </ValidatedForm>
  );
}
