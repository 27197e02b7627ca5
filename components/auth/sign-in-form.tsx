"use client";

import { ONE_TIME_PASSWORD_EXPIRED_MESSAGE } from "@/lib/domain/one-time-password";
import { CredentialsForm } from "./credentials-form";
import { useCredentialsSignIn } from "./use-credentials-sign-in";

const MESSAGES = {
  CredentialsSignin: "Fel e-postadress eller lösenord. Kontrollera uppgifterna och försök igen.",
  RATE_LIMITED: "För många misslyckade försök. Vänta 15 minuter och försök sedan igen.",
  ONE_TIME_PASSWORD_EXPIRED: ONE_TIME_PASSWORD_EXPIRED_MESSAGE,
  unavailable: "Inloggningen fungerar inte just nu. Försök igen om en stund.",
} as const;

export function SignInForm({ returnTo }: { returnTo: string }) {
  const state = useCredentialsSignIn("credentials", ["email", "password"], MESSAGES, returnTo);
  return (
    <CredentialsForm state={state}>
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
    </CredentialsForm>
  );
}
