"use client";

import { getFormProps, type FormMetadata, type SubmissionResult } from "@conform-to/react";
import { useEffect, useRef, type FormEvent, type ReactNode } from "react";

type AnyForm = FormMetadata<Record<string, unknown>, string[]>;

/**
 * A form that posts to a server action (so it works before JavaScript has loaded) and, after the server
 * has refused a submit, shows every error in a summary that takes focus, each linking to its field.
 * Validation runs on the server only (ADR 0004); `noValidate` (from conform) keeps the browser's own
 * bubbles, in the browser's language, from standing in for the Swedish messages.
 */
export function ValidatedForm({
  form,
  action,
  lastResult,
  children,
  className,
  onSubmitCapture,
}: {
  form: AnyForm;
  action: (formData: FormData) => void;
  /** The server's last reply; a new one with errors shows the summary and moves focus there. */
  lastResult: SubmissionResult<string[]> | undefined;
  children: ReactNode;
  className?: string;
  /** Sees a submit before the action is sent; cancelling it (preventDefault) sends nothing. */
  onSubmitCapture?: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const props = getFormProps(form);
  const errors = Object.entries(form.allErrors).flatMap(([name, messages]) => messages.map((message) => ({ name, message })));

  // Focus moves to the summary after each new refusal from the server, and at no other time. Conform
  // takes the reply's errors in a render after the reply arrives, so the wish waits for the summary.
  const wantsFocus = useRef(false);
  useEffect(() => {
    if (lastResult?.status === "error") wantsFocus.current = true;
  }, [lastResult]);
  useEffect(() => {
    if (!wantsFocus.current || errors.length === 0) return;
    wantsFocus.current = false;
    summaryRef.current?.focus();
  });

  return (
    <form
      {...props}
      action={action}
      onSubmitCapture={onSubmitCapture}
      // React 19 resets a form after its action has run, which would empty every field the server
      // refused. Nothing here resets a form on purpose (success redirects), so the reset is cancelled.
      onReset={(event) => event.preventDefault()}
      className={className ?? "space-y-6"}
    >
      {errors.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded border-2 border-red-700 bg-red-50 p-4 text-red-900" aria-labelledby={`${form.id}-summary`}>
          <h2 id={`${form.id}-summary`} className="font-semibold">
            {errors.length === 1 ? "Det finns ett fel i formuläret" : `Det finns ${errors.length} fel i formuläret`}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {errors.map(({ name, message }) => (
              <li key={`${name}:${message}`}>
                {name === "" ? message : <a className="underline" href={`#${form.id}-${name}`}>{message}</a>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
    </form>
  );
}
