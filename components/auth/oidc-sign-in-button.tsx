"use client";

import { signIn } from "next-auth/react";
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** Sends the browser to the organisation's identity provider; it comes back signed in, or to /logga-in with the reason. */
export function OidcSignInButton({ providerId, label, returnTo }: { providerId: string; label: string; returnTo: string }) {
  const [pending, setPending] = useState(false);
  // next-auth's signIn needs React (it fetches a CSRF token first); keep the button off until then.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <button
      type="button"
      disabled={pending || !ready}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl: returnTo });
      }}
      className="w-full rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
    >
      {pending ? "Skickar dig vidare …" : label}
    </button>
  );
}
