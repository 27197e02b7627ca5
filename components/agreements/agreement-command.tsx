"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/fields";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** One button that sends or approves an agreement version; a refusal is said beside it, in the rule's words. */
export function AgreementCommand({ action, fields, children, pendingText = "Sparar …" }: { action: Action; fields: Record<string, string | number>; children: string; pendingText?: string }) {
  const [reply, formAction] = useActionState(action, undefined);
  const refusal = reply?.status === "error" ? Object.values(reply.error ?? {}).flat().filter(Boolean).join(" ") : "";
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pendingText={pendingText}>{children}</SubmitButton>
      <p role="status" className="font-medium text-red-800 empty:hidden">
        {refusal}
      </p>
    </form>
  );
}
