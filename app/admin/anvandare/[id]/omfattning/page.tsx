import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CoordinatorScopeForm } from "@/components/admin/coordinator-scope-form";
import { Confirmation } from "@/components/ui/confirmation";
import { PageHeader } from "@/components/ui/page-header";
import { MUNICIPALITY_OPTIONS } from "@/lib/domain/municipalities";
import { coordinatorScopeForAdmin } from "@/lib/server/coordinator-scope";
import { requirePolicy } from "@/lib/server/session";
import type { ScopeKind } from "@/lib/validation/coordinator-scope";
import { setCoordinatorScopeAction } from "./actions";

export const metadata: Metadata = { title: "Koordinatorns omfattning" };

export default async function CoordinatorScopePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string }> }) {
  const { id } = await params;
  const admin = await requirePolicy("manageUsers", `/admin/anvandare/${id}/omfattning`);
  const result = /^[0-9a-f-]{36}$/i.test(id) ? await coordinatorScopeForAdmin(admin, id) : null;
  if (!result?.ok) notFound();
  const { user, grants, units } = result.value;
  const kind: ScopeKind = grants.some((g) => g.national) ? "nationell" : grants.length > 0 ? "urval" : "ingen";
  return (
    <>
      <Link href="/admin" className="mb-4 inline-block underline">
        Tillbaka till användarna
      </Link>
      <Confirmation code={(await searchParams).klart} />
      <PageHeader title={`Omfattning för ${user.name}`}>
        Koordinatorn ser bara antal, aldrig enskilda deltagare, och bara för det du väljer här. Utan omfattning visas inga siffror. Ändringen loggas.
      </PageHeader>
      <CoordinatorScopeForm
        action={setCoordinatorScopeAction}
        userId={user.id}
        kind={kind}
        unitIds={grants.flatMap((g) => (g.unitId ? [g.unitId] : []))}
        municipalityCodes={grants.flatMap((g) => (g.municipalityCode ? [g.municipalityCode] : []))}
        units={units.map((u) => ({ value: u.id, label: u.name }))}
        municipalities={MUNICIPALITY_OPTIONS}
      />
    </>
  );
}
