import type { Metadata } from "next";
import Link from "next/link";
import { EditUserForm } from "@/components/admin/user-form";
import { PageHeader } from "@/components/ui/page-header";
import { userFormOptions } from "@/lib/server/user-admin";
import { updateUserAction } from "../../actions";
import { userForPage } from "../../user-for-page";

export const metadata: Metadata = { title: "Ändra användare" };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { admin, user } = await userForPage(id, `/admin/anvandare/${id}/andra`);
  const options = await userFormOptions(admin, user.id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/anvandare/${user.id}`} className="underline">
          ← {user.name}
        </Link>
      </p>
      <PageHeader title={`Ändra ${user.name}`}>Ändrad roll och organisation gäller från användarens nästa sidvisning.</PageHeader>
      <div className="max-w-2xl">
        <EditUserForm
          action={updateUserAction}
          options={options}
          current={{ userId: user.id, version: user.version, name: user.name, role: user.role, unitId: user.unitId, providerId: user.providerId, supervisorId: user.supervisor?.id ?? null }}
        />
      </div>
    </>
  );
}
