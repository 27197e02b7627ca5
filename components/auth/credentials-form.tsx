"use client";

import type { ReactNode } from "react";
import type { useCredentialsSignIn } from "./use-credentials-sign-in";

/** A credentials sign-in form's frame: the message that takes focus, the fields given, and the button that waits for React. */
export function CredentialsForm({ state, children }: { state: ReturnType<typeof useCredentialsSignIn>; children: ReactNode }) {
  const { error, pending, ready, errorRef, onSubmit } = state;
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-5 rounded-lg border border-stone-300 bg-white p-6 shadow-sm" noValidate>
      <div ref={errorRef} tabIndex={-1} role="alert" aria-live="assertive" id="sign-in-error" className={error ? "rounded border border-red-700 bg-red-50 p-3 text-red-900" : "sr-only"}>
        {error}
      </div>
      {children}
      <button type="submit" disabled={pending || !ready} className="w-full rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? "Loggar in …" : "Logga in"}
      </button>
    </form>
  );
}
