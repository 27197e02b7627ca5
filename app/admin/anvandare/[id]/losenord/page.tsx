import type { Metadata } from "next";
import Link from "next/link";
import { PasswordResetForm } from "@/components/admin/password-reset-form";
import { PageHeader } from "@/components/ui/page-header";
import { resetPasswordAction } from "../../actions";
import { userForPage } from "../../user-for-page";

export const metadata: Metadata = { title: "Återställ lösenord" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user } = await userForPage(id, `/admin/anvandare/${id}/losenord`);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/anvandare/${user.id}`} className="underline">
          ← {user.name}
        </Link>
      </p>
      <PageHeader title={`Återställ lösenordet för ${user.name}`}>
        Alla sessioner för {user.email} avslutas. Användaren loggar in med engångslösenordet och måste då välja ett eget.
      </PageHeader>
      <div className="max-w-2xl">
        <PasswordResetForm action={resetPasswordAction} userId={user.id} version={user.version} />
      </div>
    </>
  );
}
