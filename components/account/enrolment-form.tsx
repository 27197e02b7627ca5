"use client";

import { useActionState } from "react";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { EnrolmentReply } from "@/lib/server/second-factor-action";
import type { enrolmentConfirmation } from "@/lib/validation/second-factor";

type Action = (previous: EnrolmentReply | undefined, formData: FormData) => Promise<EnrolmentReply>;

/** The code that proves the app holds the secret; once right, the recovery codes are shown this one time. */
export function EnrolmentForm({ action, secret, callbackUrl }: { action: Action; secret: string; callbackUrl: string }) {
  const [reply, formAction] = useActionState(action, undefined);
  const lastResult = reply && "done" in reply ? undefined : reply;
  const [form, fields] = useValidatedForm<typeof enrolmentConfirmation>(lastResult);
  if (reply && "done" in reply) {
    return (
      <section aria-labelledby="recovery-codes" className="space-y-4 rounded-lg border border-stone-300 bg-white p-6">
        <h2 id="recovery-codes" tabIndex={-1} className="text-xl font-semibold">
          Tvåstegsverifieringen är aktiverad. Spara dina återställningskoder
        </h2>
        <p>
          Om du tappar bort telefonen kan du logga in med en av de här koderna i stället för koden från appen. Varje kod fungerar en gång. Skriv ut dem
          eller skriv av dem och förvara dem säkert. De visas bara nu.
        </p>
        <ul aria-label="Återställningskoder" className="grid grid-cols-2 gap-2 font-mono text-lg">
          {reply.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {/* A full load, not a client navigation: the header was drawn before the user was signed in and has no menu. */}
        <a href={reply.next} className="inline-block rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Jag har sparat koderna, fortsätt
        </a>
      </section>
    );
  }
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="secret" value={secret} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField meta={fields.code} label="Kod från appen" autoComplete="one-time-code" hint="De sex siffror som appen visar för Stegvis just nu." />
      <SubmitButton pendingText="Kontrollerar …">Aktivera</SubmitButton>
    </ValidatedForm>
  );
}
