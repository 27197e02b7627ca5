import type { Metadata } from "next";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { PageHeader } from "@/components/ui/page-header";
import { policies } from "@/lib/server/authz";
import { CHANGE_PASSWORD_PAGE, refuseAccess, requireSignedIn } from "@/lib/server/session";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Byt lösenord" };

export default async function ChangePasswordPage() {
  const user = await requireSignedIn(CHANGE_PASSWORD_PAGE);
  if (!policies.manageOwnAccount(user)) await refuseAccess(user, { entity: "Page", entityId: CHANGE_PASSWORD_PAGE, changes: { policy: "manageOwnAccount" } });
  return (
    <>
      <PageHeader title="Byt lösenord">
        {user.mustChangePassword
          ? "Du har loggat in med ett engångslösenord. Välj ett eget lösenord innan du fortsätter."
          : "Dina andra sessioner avslutas när lösenordet är bytt; den här fortsätter."}
      </PageHeader>
      <div className="max-w-xl">
        <PasswordChangeForm action={changePasswordAction} />
      </div>
    </>
  );
}
