import type { Metadata } from "next";
import Link from "next/link";
import { ParticipantForm } from "@/components/participants/participant-form";
import { PageHeader } from "@/components/ui/page-header";
import { programmeOptions } from "@/lib/server/programmes";
import { requirePolicy } from "@/lib/server/session";
import { registerParticipantAction } from "../actions";

export const metadata: Metadata = { title: "Registrera deltagare" };

export default async function RegisterParticipantPage() {
  await requirePolicy("registerParticipant", "/handlaggare/deltagare/ny");
  const programmes = await programmeOptions();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/handlaggare" className="underline">
          ← Mina deltagare
        </Link>
      </p>
      <PageHeader title="Registrera deltagare">Deltagaren registreras på din enhet med dig som ansvarig handläggare.</PageHeader>
      <ParticipantForm action={registerParticipantAction} programmes={programmes} />
    </>
  );
}
