"use client";

import { getFormProps, type FormMetadata } from "@conform-to/react";
import { useEffect, useRef, useState, type ReactNode } from "react";

type AnyForm = FormMetadata<Record<string, unknown>, string[]>;

/**
 * A form that posts to a server action (so it works before JavaScript has loaded) and, after a
 * refused submit, shows every error in a summary that takes focus, each linking to its field.
 */
export function ValidatedForm({ form, action, children, className }: { form: AnyForm; action: (formData: FormData) => void; children: ReactNode; className?: string }) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [attempts, setAttempts] = useState(0);
  const props = getFormProps(form);
  const errors = Object.entries(form.allErrors).flatMap(([name, messages]) => messages.map((message) => ({ name, message })));
  const lastStatus = form.status;

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
    // Focus moves only after a submit (client refusal) or a new server reply, never while typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempts, lastStatus]);

  return (
    <form
      {...props}
      action={action}
      onSubmit={(event) => {
        setAttempts((n) => n + 1);
        props.onSubmit(event);
      }}
      // React 19 resets a form after its action has run, which would empty every field the server
      // refused. Nothing here resets a form on purpose (success redirects), so the reset is cancelled.
      onReset={(event) => event.preventDefault()}
      className={className ?? "space-y-6"}
    >
      {errors.length > 0 && (attempts > 0 || lastStatus === "error") && (
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
