"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/fields";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** One button that runs a command on a record (start a follow-up, start a correction); a refusal is said beside it. */
export function CommandButton({ action, name, value, children }: { action: Action; name: string; value: string; children: string }) {
  const [reply, formAction] = useActionState(action, undefined);
  const refusal = reply?.status === "error" ? Object.values(reply.error ?? {}).flat().filter(Boolean).join(" ") : "";
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name={name} value={value} />
      <SubmitButton pendingText="Öppnar …">{children}</SubmitButton>
      <p role="status" className="font-medium text-red-800 empty:hidden">
        {refusal}
      </p>
    </form>
  );
}
