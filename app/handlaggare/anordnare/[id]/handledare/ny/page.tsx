import type { Metadata } from "next";
import Link from "next/link";
import { SupervisorForm } from "@/components/providers/supervisor-form";
import { PageHeader } from "@/components/ui/page-header";
import { addSupervisorAction } from "../../../actions";
import { editableProviderForPage } from "../../../provider-for-page";

export const metadata: Metadata = { title: "Lägg till handledare" };

type Props = { params: Promise<{ id: string }> };

export default async function AddSupervisorPage({ params }: Props) {
  const { id } = await params;
  const provider = await editableProviderForPage(id, `/handlaggare/anordnare/${id}/handledare/ny`);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/anordnare/${provider.id}`} className="underline">
          ← {provider.name}
        </Link>
      </p>
      <PageHeader title="Lägg till handledare">Handledaren hos {provider.name} som stöttar deltagaren på arbetsplatsen.</PageHeader>
      <SupervisorForm action={addSupervisorAction} providerId={provider.id} />
    </>
  );
}
