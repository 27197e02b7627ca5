import type { Metadata } from "next";
import Link from "next/link";
import { ProviderForm } from "@/components/providers/provider-form";
import { PageHeader } from "@/components/ui/page-header";
import { isoDay } from "@/lib/format/date";
import { updateProviderAction } from "../../actions";
import { editableProviderForPage } from "../../provider-for-page";

export const metadata: Metadata = { title: "Ändra anordnare" };

type Props = { params: Promise<{ id: string }> };

export default async function EditProviderPage({ params }: Props) {
  const { id } = await params;
  const provider = await editableProviderForPage(id, `/handlaggare/anordnare/${id}/andra`);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/anordnare/${provider.id}`} className="underline">
          ← {provider.name}
        </Link>
      </p>
      <PageHeader title={`Ändra ${provider.name}`} />
      <ProviderForm
        action={updateProviderAction}
        editing={{ providerId: provider.id, version: provider.version }}
        defaults={{
          organisationNumber: provider.organisationNumber,
          name: provider.name,
          kind: provider.kind,
          fieldsOfWork: provider.fieldsOfWork.join("\n"),
          municipalityCode: provider.municipalityCode,
          contactName: provider.contactName ?? undefined,
          contactEmail: provider.contactEmail ?? undefined,
          contactPhone: provider.contactPhone ?? undefined,
          capacity: provider.capacity,
          interestReceivedOn: provider.interestReceivedOn ? isoDay(provider.interestReceivedOn) : undefined,
          interestStatus: provider.interestStatus,
          interestNotes: provider.interestNotes ?? undefined,
        }}
      />
    </>
  );
}
