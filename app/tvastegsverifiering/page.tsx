import type { Metadata } from "next";
import { SecondFactorForm } from "@/components/account/second-factor-form";
import { PageHeader } from "@/components/ui/page-header";
import { safeReturnPath } from "@/lib/format/safe-return-path";
import { requireSecondFactorStep } from "@/lib/server/session";
import { CancelSignIn } from "./cancel-sign-in";
import { verifySecondFactorAction } from "./actions";

export const metadata: Metadata = { title: "Tvåstegsverifiering" };

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  const pending = await requireSecondFactorStep("verify", callbackUrl);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Tvåstegsverifiering">
        Du är inloggad som {pending.email} med lösenord. Öppna autentiseringsappen i telefonen och skriv koden som visas för Stegvis.
      </PageHeader>
      <SecondFactorForm action={verifySecondFactorAction} callbackUrl={callbackUrl} />
      <CancelSignIn />
    </div>
  );
}
