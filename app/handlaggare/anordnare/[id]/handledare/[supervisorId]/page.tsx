import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { SupervisorForm } from "@/components/providers/supervisor-form";
import { PageHeader } from "@/components/ui/page-header";
import { getSupervisorForEdit } from "@/lib/server/providers";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { updateSupervisorAction } from "../../../actions";

export const metadata: Metadata = { title: "Ändra handledare" };

type Props = { params: Promise<{ id: string; supervisorId: string }> };

export default async function EditSupervisorPage({ params }: Props) {
  const { id, supervisorId } = await params;
  const user = await requirePolicy("viewProviders", `/handlaggare/anordnare/${id}/handledare/${supervisorId}`);
  const supervisor = isUuid(id) && isUuid(supervisorId) ? await getSupervisorForEdit(user, id, supervisorId) : null;
  if (!supervisor) notFound();
  if (!supervisor.canEdit) forbidden();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/anordnare/${supervisor.provider.id}`} className="underline">
          ← {supervisor.provider.name}
        </Link>
      </p>
      <PageHeader title={`Ändra handledare ${supervisor.name}`} />
      <SupervisorForm
        action={updateSupervisorAction}
        providerId={supervisor.provider.id}
        supervisorId={supervisor.id}
        defaults={{ name: supervisor.name, title: supervisor.title ?? undefined, email: supervisor.email ?? undefined, phone: supervisor.phone ?? undefined, active: supervisor.active ? "on" : undefined }}
      />
    </>
  );
}
