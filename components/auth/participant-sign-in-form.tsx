"use client";

import { PARTICIPANT_CODE_PROVIDER_ID, PARTICIPANT_SIGN_IN_REFUSED } from "@/lib/domain/participant-code";
import { CredentialsForm } from "./credentials-form";
import { useCredentialsSignIn } from "./use-credentials-sign-in";

const MESSAGES = {
  CredentialsSignin: PARTICIPANT_SIGN_IN_REFUSED,
  RATE_LIMITED: "Du har försökt för många gånger. Vänta 15 minuter och försök igen.",
  unavailable: "Det går inte att logga in just nu. Försök igen om en stund.",
} as const;

/** The participant's sign-in: personnummer and the code from the case officer (lib/server/participant-access/sign-in.ts). */
export function ParticipantSignInForm({ start }: { start: string }) {
  const state = useCredentialsSignIn(PARTICIPANT_CODE_PROVIDER_ID, ["personnummer", "kod"], MESSAGES, start);
  return (
    <CredentialsForm state={state}>
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
    </CredentialsForm>
  );
}
