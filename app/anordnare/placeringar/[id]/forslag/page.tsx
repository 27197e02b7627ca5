import type { Metadata } from "next";
import Link from "next/link";
import { HostPlacementFacts } from "@/components/proposals/host-placement-facts";
import { HostProposals } from "@/components/proposals/host-proposals";
import { Confirmation } from "@/components/ui/confirmation";
import { PageHeader } from "@/components/ui/page-header";
import { withdrawProposalAction } from "./actions";
import { placementForProposals } from "./placement-for-proposals";

export const metadata: Metadata = { title: "Förslag till handläggaren" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

export default async function HostProposalsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const found = await placementForProposals(id, `/anordnare/placeringar/${id}/forslag`);
  const { klart } = await searchParams;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/anordnare" className="underline">
          ← Våra placeringar
        </Link>
      </p>
      <Confirmation code={klart} />
      <PageHeader title="Förslag till handläggaren">
        Behöver placeringen förlängas, sluta tidigare, börja ett annat datum eller få andra timmar eller arbetsuppgifter? Föreslå det här. Handläggaren godkänner eller avslår, och ni ser svaret här.
      </PageHeader>
      <HostPlacementFacts placement={found.placement} />
      <HostProposals found={found} withdraw={withdrawProposalAction} />
    </>
  );
}
