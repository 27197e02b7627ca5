"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState } from "react";
import { SubmitButton } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { proposalWithdrawal } from "@/lib/validation/proposal";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** Takes back a waiting proposal; refused with the reason when the case officer has answered it meanwhile. */
export function WithdrawProposalForm({ action, proposalId, version }: { action: Action; proposalId: string; version: number }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useValidatedForm<typeof proposalWithdrawal>(lastResult, { proposalId, version });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult}>
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingText="Återkallar …">Återkalla förslaget</SubmitButton>
    </ValidatedForm>
  );
}
