"use client";

import type { FieldMetadata, FormMetadata } from "@conform-to/react";
import { TextField } from "@/components/forms/fields";
import { suggestPassword } from "@/lib/domain/password-rules";

type Meta = FieldMetadata<unknown, Record<string, unknown>, string[]>;

/**
 * A one-time password the administrator types or lets Stegvis suggest. It is shown in clear text so it
 * can be handed over, and it is shown this once: nothing stores it but its hash.
 */
export function OneTimePasswordField({ form, meta, hint }: { form: FormMetadata<Record<string, unknown>, string[]>; meta: Meta; hint: string }) {
  return (
    <div className="space-y-2">
      <TextField meta={meta} label="Engångslösenord" hint={hint} autoComplete="off" className="font-mono" />
      <button
        type="button"
        onClick={() => form.update({ name: meta.name, value: suggestPassword(), validated: true })}
        className="rounded border border-brand-800 px-4 py-1.5 font-medium text-brand-900 hover:bg-brand-50"
      >
        Föreslå ett lösenord
      </button>
    </div>
  );
}
