import type { Metadata } from "next";
import Link from "next/link";
import { ParticipantSignInForm } from "@/components/auth/participant-sign-in-form";
import { PARTICIPANT_CODE_HOURS } from "@/lib/domain/participant-code";
import { START_PAGE } from "@/lib/server/authz";

export const metadata: Metadata = { title: "Logga in som deltagare" };

/** The participant's sign-in page (issue 18): in production the e-ID through the organisation's sign-in, here a code from the officer. */
export default function ParticipantSignInPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Logga in som deltagare</h1>
      <p className="mt-2 text-stone-700">
        Här ser du din egen arbetsträning. Du får en kod av din handläggare. Koden gäller i {PARTICIPANT_CODE_HOURS} timmar och går att använda en gång.
      </p>
      <ParticipantSignInForm start={START_PAGE.DELTAGARE} />
      <p className="mt-6 text-sm">
        <Link href="/logga-in" className="underline">
          Arbetar du med deltagare? Logga in här.
        </Link>
      </p>
    </div>
  );
}
