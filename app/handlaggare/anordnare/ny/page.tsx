import type { Metadata } from "next";
import Link from "next/link";
import { ProviderForm } from "@/components/providers/provider-form";
import { PageHeader } from "@/components/ui/page-header";
import { today } from "@/lib/server/clock";
import { requirePolicy } from "@/lib/server/session";
import { registerProviderAction } from "../actions";

export const metadata: Metadata = { title: "Registrera anordnare" };

export default async function RegisterProviderPage() {
  // These pages are the case officers' (registerProvider also lets an admin, who has no provider pages yet).
  await requirePolicy("viewProviders", "/handlaggare/anordnare/ny");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/handlaggare/anordnare" className="underline">
          ← Anordnare
        </Link>
      </p>
      <PageHeader title="Registrera anordnare">
        Anordnaren registreras av din enhet. Alla handläggare kan sedan placera deltagare där, men bara din enhet kan ändra uppgifterna.
      </PageHeader>
      <ProviderForm action={registerProviderAction} defaults={{ interestStatus: "RECEIVED", interestReceivedOn: today() }} />
    </>
  );
}
