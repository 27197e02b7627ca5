import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlacementForm } from "@/components/placements/placement-form";
import { PageHeader } from "@/components/ui/page-header";
import { programmeLabel } from "@/lib/format/labels";
import { placementFormData } from "@/lib/server/placements/placement-form-data";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { registerPlacementAction } from "./actions";

export const metadata: Metadata = { title: "Registrera placering" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ foregaende?: string | string[] }> };

export default async function RegisterPlacementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/placering/ny`);
  const data = isUuid(id) ? await placementFormData(user, id) : null;
  if (!data) notFound();
  const { foregaende } = await searchParams;
  const { consentRefusal, ...form } = data;
  // Only the latest period can be followed; any other id in the address is ignored.
  const previousPlacementId = data.latestPeriod && foregaende === data.latestPeriod.id ? foregaende : undefined;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/deltagare/${data.participant.id}`} className="underline">
          ← {data.participant.name}
        </Link>
      </p>
      <PageHeader title={previousPlacementId ? "Registrera en ny period" : "Registrera placering"}>
        {data.participant.name} · {programmeLabel(data.participant.programme)}
        {data.participant.jobCompensableDays !== null && ` · ${data.participant.jobCompensableDays} dagar i jobb- och utvecklingsgarantin med ersättning`}
      </PageHeader>
      {consentRefusal ? (
        <p role="status" className="max-w-3xl rounded-lg border border-amber-700 bg-amber-50 p-4 text-amber-950">
          {consentRefusal}
        </p>
      ) : (
        <PlacementForm action={registerPlacementAction} previousPlacementId={previousPlacementId} {...form} />
      )}
    </>
  );
}
