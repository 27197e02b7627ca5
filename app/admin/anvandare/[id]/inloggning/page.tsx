import type { Metadata } from "next";
import Link from "next/link";
import { CommandButton } from "@/components/forms/command-button";
import { OidcLinkForm } from "@/components/admin/oidc-link-form";
import { Confirmation } from "@/components/ui/confirmation";
import { PageHeader } from "@/components/ui/page-header";
import { describeOidcLink } from "@/lib/format/oidc-link";
import { oidcConfig } from "@/lib/server/oidc/config";
import { OIDC_NOT_CONFIGURED } from "@/lib/server/oidc/links";
import { userForPage } from "../../user-for-page";
import { linkOidcAction, unlinkOidcAction } from "./actions";

export const metadata: Metadata = { title: "Organisationens inloggning" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

export default async function OidcLinkPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { admin, user } = await userForPage(id, `/admin/anvandare/${id}/inloggning`);
  const config = oidcConfig();
  const linked = Boolean(user.oidcSubject) || user.oidcEmailMatchAllowed;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/anvandare/${user.id}`} className="underline">
          ← {user.name}
        </Link>
      </p>
      <Confirmation code={(await searchParams).klart} />
      <PageHeader title={`Organisationens inloggning för ${user.name}`}>
        Ett kopplat konto kan loggas in via {config ? config.name : "organisationens inloggning"}. Ingen får ett konto i Stegvis bara genom att finnas där: du kopplar varje konto här, och
        det loggas. Har kontot ett engångslösenord återkallas det när kontot kopplas.
      </PageHeader>
      <p className="mb-6 max-w-2xl rounded-lg border border-stone-300 bg-white p-4">
        <span className="font-medium">Nu: </span>
        {describeOidcLink(user)}
      </p>
      {!config ? (
        <p className="max-w-2xl">{OIDC_NOT_CONFIGURED}</p>
      ) : user.id === admin.id ? (
        <p className="max-w-2xl">Ditt eget konto kopplar en annan administratör åt dig.</p>
      ) : (
        <div className="max-w-2xl space-y-8">
          <OidcLinkForm action={linkOidcAction} userId={user.id} version={user.version} email={user.email} />
          {linked && (
            <CommandButton action={unlinkOidcAction} values={{ userId: user.id, version: user.version }}>
              Ta bort kopplingen
            </CommandButton>
          )}
        </div>
      )}
    </>
  );
}
