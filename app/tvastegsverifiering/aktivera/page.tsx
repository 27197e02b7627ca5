import type { Metadata } from "next";
import QRCode from "qrcode";
import { EnrolmentForm } from "@/components/account/enrolment-form";
import { PageHeader } from "@/components/ui/page-header";
import { groupedSecret, newTotpSecret, totpUri } from "@/lib/domain/second-factor";
import { safeReturnPath } from "@/lib/format/safe-return-path";
import { requireSecondFactorStep } from "@/lib/server/session";
import { confirmEnrolmentAction } from "../actions";
import { CancelSignIn } from "../cancel-sign-in";

export const metadata: Metadata = { title: "Aktivera tvåstegsverifiering" };

/**
 * A new secret on every load, kept only in the page until a code made from it is typed back (then the
 * action saves it): an abandoned page leaves nothing behind.
 */
export default async function EnrolmentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  const pending = await requireSecondFactorStep("enrol", callbackUrl);
  const secret = newTotpSecret();
  const qr = await QRCode.toString(totpUri(secret, pending.email), { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Aktivera tvåstegsverifiering">
        Ditt konto ({pending.email}) ger tillgång till uppgifter om många personer. Därför behöver du, utöver lösenordet, en kod från en
        autentiseringsapp i telefonen varje gång du loggar in.
      </PageHeader>
      <ol className="mb-6 list-decimal space-y-4 pl-5">
        <li>Installera en autentiseringsapp i telefonen om du inte redan har en, till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP.</li>
        <li>
          <p>Välj att lägga till ett konto i appen och skanna QR-koden.</p>
          {/* Drawn by the qrcode library from our own secret, nothing a user typed; the key below is its text alternative. */}
          <div role="img" aria-label="QR-kod för att lägga till Stegvis i appen. Nyckeln står också i text nedan." className="mt-2 size-52 border border-stone-300 bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
          <p className="mt-2">Går det inte att skanna? Välj att skriva in nyckeln i appen:</p>
          <p className="mt-1 font-mono text-lg tracking-wide" data-testid="totp-secret">
            {groupedSecret(secret)}
          </p>
        </li>
        <li>Skriv koden som appen visar för Stegvis, så vet vi att allt fungerar.</li>
      </ol>
      <EnrolmentForm action={confirmEnrolmentAction} secret={secret} callbackUrl={callbackUrl} />
      <CancelSignIn />
    </div>
  );
}
