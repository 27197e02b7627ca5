"use client";

import { ONE_TIME_PASSWORD_EXPIRED_MESSAGE } from "@/lib/domain/one-time-password";
import { useCredentialsSignIn } from "./use-credentials-sign-in";

const MESSAGES = {
  CredentialsSignin: "Fel e-postadress eller lösenord. Kontrollera uppgifterna och försök igen.",
  RATE_LIMITED: "För många misslyckade försök. Vänta 15 minuter och försök sedan igen.",
  ONE_TIME_PASSWORD_EXPIRED: ONE_TIME_PASSWORD_EXPIRED_MESSAGE,
  unavailable: "Inloggningen fungerar inte just nu. Försök igen om en stund.",
} as const;

export function SignInForm({ returnTo }: { returnTo: string }) {
  const { error, pending, ready, errorRef, onSubmit } = useCredentialsSignIn("credentials", ["email", "password"], MESSAGES, returnTo);
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-5 rounded-lg border border-stone-300 bg-white p-6 shadow-sm" noValidate>
      <div ref={errorRef} tabIndex={-1} role="alert" aria-live="assertive" id="sign-in-error" className={error ? "rounded border border-red-700 bg-red-50 p-3 text-red-900" : "sr-only"}>
        {error}
      </div>
      <div>
        <label htmlFor="email" className="block font-medium">
          E-postadress
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-stone-500 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Lösenord
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-stone-500 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending || !ready} className="w-full rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
        {pending ? "Loggar in …" : "Logga in"}
      </button>
    </form>
  );
}
