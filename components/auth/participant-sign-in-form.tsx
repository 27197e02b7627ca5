"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { PARTICIPANT_CODE_PROVIDER_ID, PARTICIPANT_SIGN_IN_REFUSED } from "@/lib/domain/participant-code";

const MESSAGES = {
  CredentialsSignin: PARTICIPANT_SIGN_IN_REFUSED,
  RATE_LIMITED: "Du har försökt för många gånger. Vänta 15 minuter och försök igen.",
  unavailable: "Det går inte att logga in just nu. Försök igen om en stund.",
} as const;

const noSubscription = () => () => {};

/** The participant's sign-in: personnummer and the code from the case officer (lib/server/participant-access/sign-in.ts). */
export function ParticipantSignInForm({ start }: { start: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn(PARTICIPANT_CODE_PROVIDER_ID, { personnummer: String(form.get("personnummer") ?? ""), kod: String(form.get("kod") ?? ""), redirect: false });
      if (result?.ok && !result.error) {
        // A full load, so the header and every server component render with the new session.
        window.location.assign(start);
        return;
      }
      const code = result?.error ?? "";
      setError(Object.hasOwn(MESSAGES, code) ? MESSAGES[code as keyof typeof MESSAGES] : MESSAGES.unavailable);
    } catch {
      setError(MESSAGES.unavailable);
    }
    setPending(false);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-5 rounded-lg border border-stone-300 bg-white p-6 shadow-sm" noValidate>
      <div ref={errorRef} tabIndex={-1} role="alert" aria-live="assertive" id="sign-in-error" className={error ? "rounded border border-red-700 bg-red-50 p-3 text-red-900" : "sr-only"}>
        {error}
      </div>
      <div>
        <label htmlFor="personnummer" className="block font-medium">
          Ditt personnummer
        </label>
        <p id="personnummer-hint" className="text-sm text-stone-700">
          12 siffror, till exempel 19900101-1234.
        </p>
        <input id="personnummer" name="personnummer" inputMode="numeric" autoComplete="off" aria-describedby="personnummer-hint" required className="mt-1 w-full rounded border border-stone-500 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="kod" className="block font-medium">
          Koden från din handläggare
        </label>
        <p id="kod-hint" className="text-sm text-stone-700">
          8 tecken, till exempel ABCD-EFGH. Koden går att använda en gång.
        </p>
        <input id="kod" name="kod" autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} aria-describedby="kod-hint" required className="mt-1 w-full rounded border border-stone-500 px-3 py-2 font-mono tracking-widest uppercase" />
      </div>
      <button type="submit" disabled={pending || !ready} className="w-full rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? "Loggar in …" : "Logga in"}
      </button>
    </form>
  );
}
