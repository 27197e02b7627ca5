import type { Metadata } from "next";
import Link from "next/link";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInErrorMessage } from "@/lib/domain/oidc-sign-in";
import { safeReturnPath } from "@/lib/format/safe-return-path";
import { oidcConfig, OIDC_PROVIDER_ID } from "@/lib/server/oidc/config";
import { pendingSignIn, SECOND_FACTOR_PAGES } from "@/lib/server/session";
import { redirect } from "next/navigation";

export const metadata: Metadata = { title: "Logga in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  const oidc = oidcConfig();
  // Set when a single sign-on came back refused (lib/server/oidc/provider.ts) or broke off.
  const refusal = signInErrorMessage(typeof params.error === "string" ? params.error : undefined);
  // A password already given: the sign-in goes on at the second factor, not from the start.
  const pending = await pendingSignIn();
  if (pending) redirect(`${SECOND_FACTOR_PAGES[pending.step]}?callbackUrl=${encodeURIComponent(safeReturnPath(params.callbackUrl))}`);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Logga in</h1>
      {refusal && (
        <p role="alert" id="sso-error" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {refusal}
        </p>
      )}
      {oidc && (
        <div className="mt-6">
          <OidcSignInButton providerId={OIDC_PROVIDER_ID} label={`Logga in med ${oidc.name}`} returnTo={returnTo} />
          <p className="mt-6 text-stone-700">Eller logga in med din e-postadress och ditt lösenord i Stegvis.</p>
        </div>
      )}
      {!oidc && <p className="mt-2 text-stone-700">Logga in med din e-postadress och ditt lösenord.</p>}
      <SignInForm returnTo={returnTo} />
      <p className="mt-6">
        <Link href="/logga-in/deltagare" className="font-medium underline">
          Är du deltagare? Logga in med din kod.
        </Link>
      </p>
    </div>
  );
}
