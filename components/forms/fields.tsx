"use client";

import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Meta = FieldMetadata<unknown, Record<string, unknown>, string[]>;

const CONTROL = "mt-1 block w-full rounded border border-stone-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** The label, the hint under it and the field's error, wired to the control with ids. */
function Frame({ meta, label, hint, optional, children }: { meta: Meta; label: string; hint?: ReactNode; optional?: boolean; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={meta.id} className="block font-medium">
        {label}
        {optional && <span className="font-normal text-stone-600"> (frivilligt)</span>}
      </label>
      {hint && (
        <p id={meta.descriptionId} className="mt-0.5 text-sm text-stone-700">
          {hint}
        </p>
      )}
      {children}
      <FieldError meta={meta} />
    </div>
  );
}

export function FieldError({ meta }: { meta: Meta }) {
  return (
    <p id={meta.errorId} aria-live="polite" className="mt-1 text-sm font-medium text-red-800 empty:hidden">
      {meta.errors?.join(" ")}
    </p>
  );
}

const describedBy = (meta: Meta, hint: unknown) => (hint ? meta.descriptionId : undefined);

export function TextField({
  meta,
  label,
  hint,
  optional,
  type = "text",
  autoComplete,
  inputMode,
  className,
}: {
  meta: Meta;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  type?: "text" | "date" | "email" | "tel" | "number" | "password";
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "tel" | "email";
  className?: string;
}) {
  const { key, ...props } = getInputProps(meta, { type, ariaDescribedBy: describedBy(meta, hint) });
  return (
    <Frame meta={meta} label={label} hint={hint} optional={optional}>
      <input key={key} {...props} autoComplete={autoComplete ?? "off"} inputMode={inputMode} className={`${CONTROL} ${className ?? ""}`} />
    </Frame>
  );
}

export function TextAreaField({ meta, label, hint, optional, rows = 3 }: { meta: Meta; label: string; hint?: ReactNode; optional?: boolean; rows?: number }) {
  const { key, ...props } = getTextareaProps(meta, { ariaDescribedBy: describedBy(meta, hint) });
  return (
    <Frame meta={meta} label={label} hint={hint} optional={optional}>
      <textarea key={key} {...props} rows={rows} className={CONTROL} />
    </Frame>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  meta,
  label,
  hint,
  optional,
  options,
  placeholder = "Välj …",
}: {
  meta: Meta;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  options: readonly Option[];
  placeholder?: string;
}) {
  const { key, ...props } = getSelectProps(meta, { ariaDescribedBy: describedBy(meta, hint) });
  return (
    <Frame meta={meta} label={label} hint={hint} optional={optional}>
      <select key={key} {...props} className={CONTROL}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Radio buttons in a fieldset; the fieldset carries the field's id so the error summary can link to it. */
export function RadioGroup({ meta, legend, hint, options }: { meta: Meta; legend: string; hint?: ReactNode; options: readonly Option[] }) {
  const invalid = Boolean(meta.errors?.length);
  return (
    <fieldset id={meta.id} tabIndex={-1} aria-describedby={[hint ? meta.descriptionId : null, invalid ? meta.errorId : null].filter(Boolean).join(" ") || undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={meta.descriptionId} className="mt-0.5 text-sm text-stone-700">
          {hint}
        </p>
      )}
      <div className="mt-2 space-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input type="radio" name={meta.name} value={o.value} defaultChecked={meta.initialValue === o.value} className="mt-1 h-4 w-4" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <FieldError meta={meta} />
    </fieldset>
  );
}

export function CheckboxField({ meta, label, hint }: { meta: Meta; label: string; hint?: ReactNode }) {
  const { key, ...props } = getInputProps(meta, { type: "checkbox", ariaDescribedBy: describedBy(meta, hint) });
  return (
    <div>
      <label className="flex items-start gap-2">
        <input key={key} {...props} className="mt-1 h-4 w-4" />
        <span className="font-medium">{label}</span>
      </label>
      {hint && (
        <p id={meta.descriptionId} className="ml-6 text-sm text-stone-700">
          {hint}
        </p>
      )}
      <FieldError meta={meta} />
    </div>
  );
}

/** Disabled while the form is being sent, so a double click sends once. */
export function SubmitButton({ children, pendingText = "Sparar …" }: { children: ReactNode; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
      {pending ? pendingText : children}
    </button>
  );
}

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-300 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}
