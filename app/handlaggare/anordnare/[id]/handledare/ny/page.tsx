import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { SupervisorForm } from "@/components/providers/supervisor-form";
import { PageHeader } from "@/components/ui/page-header";
import { getProvider } from "@/lib/server/providers";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { addSupervisorAction } from "../../../actions";

export const metadata: Metadata = { title: "Lägg till handledare" };

type Props = { params: Promise<{ id: string }> };

export default async function AddSupervisorPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewProviders", `/handlaggare/anordnare/${id}/handledare/ny`);
  const provider = isUuid(id) ? await getProvider(user, id) : null;
  if (!provider) notFound();
  if (!provider.canEdit) forbidden();
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
