"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";

const noSubscription = () => () => {};

/**
 * A credentials sign-in form's behaviour: post the named fields to next-auth's provider without a redirect, go to
 * `destination` with a full load on success (so every server component renders with the new session), else say the
 * message for next-auth's error code and move focus to it. `messages.unavailable` covers any other failure.
 */
export function useCredentialsSignIn<Code extends string>(provider: string, fields: readonly string[], messages: Record<Code | "unavailable", string>, destination: string) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until React has taken over, a submit would be a plain browser post; keep the button off until then.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const errorRef = useRef<HTMLDivElement>(null);
  // The button is disabled while the request runs, which drops keyboard focus; put it on the message.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const values = Object.fromEntries(fields.map((name) => [name, String(form.get(name) ?? "")]));
      const result = await signIn(provider, { ...values, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(destination);
        return;
      }
      const code = result?.error ?? "";
      setError(Object.hasOwn(messages, code) ? messages[code as Code] : messages.unavailable);
    } catch {
      setError(messages.unavailable);
    }
    setPending(false);
  }

  return { error, pending, ready, errorRef, onSubmit };
}
