import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/format/safe-return-path";
import { pendingSignIn, SECOND_FACTOR_PAGES } from "@/lib/server/session";
import { redirect } from "next/navigation";

export const metadata: Metadata = { title: "Logga in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // A password already given: the sign-in goes on at the second factor, not from the start.
  const pending = await pendingSignIn();
  if (pending) redirect(`${SECOND_FACTOR_PAGES[pending.step]}?callbackUrl=${encodeURIComponent(safeReturnPath(params.callbackUrl))}`);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Logga in</h1>
      <p className="mt-2 text-stone-700">Logga in med din e-postadress och ditt lösenord.</p>
      <SignInForm returnTo={safeReturnPath(params.callbackUrl)} />
    </div>
  );
}
