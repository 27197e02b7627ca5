"use client";

import { getFormProps, type FormMetadata, type SubmissionResult } from "@conform-to/react";
import { useEffect, useRef, useState, type ReactNode } from "react";

/** The name of the button conform submits the form with to validate a single field. */
const CONFORM_INTENT = "__intent__";

type AnyForm = FormMetadata<Record<string, unknown>, string[]>;

/**
 * A form that posts to a server action (so it works before JavaScript has loaded) and, after a
 * refused submit, shows every error in a summary that takes focus, each linking to its field.
 */
export function ValidatedForm({
  form,
  action,
  lastResult,
  children,
  className,
}: {
  form: AnyForm;
  action: (formData: FormData) => void;
  /** The server's last reply; a new one with errors shows the summary and moves focus there. */
  lastResult: SubmissionResult<string[]> | undefined;
  children: ReactNode;
  className?: string;
}) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempts, setAttempts] = useState(0);
  const props = getFormProps(form);
  const errors = Object.entries(form.allErrors).flatMap(([name, messages]) => messages.map((message) => ({ name, message })));
  const refusedByServer = lastResult?.status === "error";

  // Focus moves to the summary after a submit refused in the browser or a new refusal from the server;
  // never when a field is left or typed in, which would pull a keyboard user away from the form.
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
      onSubmit={(event) => {
        // Conform validates a field it leaves by submitting the form with an intent button; that is not
        // the person submitting.
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        if (submitter?.name !== CONFORM_INTENT) {
          wantsFocus.current = true;
          setAttempts((n) => n + 1);
        }
        props.onSubmit(event);
      }}
      // React 19 resets a form after its action has run, which would empty every field the server
      // refused. Nothing here resets a form on purpose (success redirects), so the reset is cancelled.
      onReset={(event) => event.preventDefault()}
      className={className ?? "space-y-6"}
    >
      {errors.length > 0 && (attempts > 0 || refusedByServer) && (
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
