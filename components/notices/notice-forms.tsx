"use client";

import type { SubmissionResult } from "@conform-to/react";
import { useActionState, type ReactNode } from "react";
import { RadioGroup, SubmitButton } from "@/components/forms/fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { ValidatedForm } from "@/components/forms/validated-form";
import type { allNoticesRead, noticeDigestChoice, noticeRead } from "@/lib/validation/notices";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

/** "Markera som läst" for one notice; `what` tells a screen reader which one. */
export function MarkNoticeReadForm({ action, noticeId, what }: { action: Action; noticeId: string; what: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useValidatedForm<typeof noticeRead>(lastResult);
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="space-y-2">
      <input type="hidden" name="noticeId" value={noticeId} />
      <SubmitButton pendingText="Markerar …">
        Markera som läst<span className="sr-only">: {what}</span>
      </SubmitButton>
    </ValidatedForm>
  );
}

/** "Markera alla som lästa": those the page showed, up to the newest of them. */
export function MarkAllNoticesReadForm({ action, shownUpTo }: { action: Action; shownUpTo: string }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form] = useValidatedForm<typeof allNoticesRead>(lastResult);
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="space-y-2">
      <input type="hidden" name="shownUpTo" value={shownUpTo} />
      <SubmitButton pendingText="Markerar …">Markera alla som lästa</SubmitButton>
    </ValidatedForm>
  );
}

const DIGEST_OPTIONS = [
  { value: "pa", label: "Ja, skicka en sammanfattning med e-post de dagar jag har nya aviseringar" },
  { value: "av", label: "Nej, jag läser aviseringarna här" },
] as const;

/** The daily e-mail digest, on or off. */
export function NoticeDigestForm({ action, digest, hint }: { action: Action; digest: boolean; hint: ReactNode }) {
  const [lastResult, formAction] = useActionState(action, undefined);
  const [form, fields] = useValidatedForm<typeof noticeDigestChoice>(lastResult, { digest: digest ? "pa" : "av" });
  return (
    <ValidatedForm form={form as never} action={formAction} lastResult={lastResult} className="space-y-4">
      <RadioGroup meta={fields.digest} legend="Daglig sammanfattning med e-post" hint={hint} options={DIGEST_OPTIONS} />
      <SubmitButton>Spara valet</SubmitButton>
    </ValidatedForm>
  );
}
