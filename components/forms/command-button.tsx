"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState, type ReactNode } from "react";
import { SubmitButton } from "@/components/forms/fields";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/**
 * One button that runs one command on a record (deactivate, end sessions, start a follow-up, approve an
 * agreement): a plain form posting its hidden values, so it works before JavaScript has loaded. A refusal
 * (a stale page, a rule) is said beside it, in the rule's words.
 */
export function CommandButton({ action, values, children, pendingText = "Vänta …" }: { action: Action; values: Record<string, string | number>; children: ReactNode; pendingText?: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const refusal = lastResult?.error?.[""]?.join(" ") ?? Object.values(lastResult?.error ?? {}).flat().filter(Boolean).join(" ");
  return (
    <form action={formAction} onReset={(event) => event.preventDefault()} className="flex flex-wrap items-center gap-3">
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingText={pendingText}>{children}</SubmitButton>
      {refusal && (
        <p role="alert" className="font-medium text-red-800">
          {refusal}
        </p>
      )}
    </form>
  );
}
