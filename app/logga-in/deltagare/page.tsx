import type { Metadata } from "next";
import Link from "next/link";
import { ParticipantSignInForm } from "@/components/auth/participant-sign-in-form";
import { PARTICIPANT_CODE_HOURS } from "@/lib/domain/participant-code";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";
import { START_PAGE } from "@/lib/server/authz";
import { oidcConfig, OIDC_PROVIDER_ID } from "@/lib/server/oidc/config";

export const metadata: Metadata = { title: "Logga in som deltagare" };

/** The participant's sign-in page (issue 18): in production the e-ID through the organisation's sign-in, here a code from the officer. */
export default function ParticipantSignInPage() {
  // The organisation's sign-in leads participants through their e-ID broker (ADR 0020); staff use the same route.
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Logga in som deltagare</h1>
      <p className="mt-2 text-stone-700">
        Här ser du din egen arbetsträning. Du får en kod av din handläggare. Koden gäller i {PARTICIPANT_CODE_HOURS} timmar och går att använda en gång.
      </p>
      {oidcConfig() && (
        <div className="mt-6">
          <OidcSignInButton providerId={OIDC_PROVIDER_ID} label="Logga in med e-legitimation" returnTo={START_PAGE.DELTAGARE} />
          <p className="mt-6 text-stone-700">Eller logga in med ditt personnummer och koden från din handläggare.</p>
        </div>
      )}
      <ParticipantSignInForm start={START_PAGE.DELTAGARE} />
      <p className="mt-6 text-sm">
        <Link href="/logga-in" className="underline">
          Arbetar du med deltagare? Logga in här.
        </Link>
      </p>
    </div>
  );
}
