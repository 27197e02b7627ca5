import type { Metadata } from "next";
import Link from "next/link";
import { Confirmation } from "@/components/ui/confirmation";
import { ROLE_LABELS } from "@/lib/format/roles";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { requirePolicy } from "@/lib/server/session";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Användare" };

type Row = Awaited<ReturnType<typeof listUsers>>[number];

type Props = { searchParams: Promise<{ klart?: string | string[] }> };

export default async function UsersPage({ searchParams }: Props) {
  const user = await requirePolicy("manageUsers", "/admin");
  const users = await listUsers(user);
  const { klart } = await searchParams;
  return (
    <>
      <Confirmation code={klart} />
      <PageHeader title="Användare">Alla som kan logga in i Stegvis, deras roll och organisation.</PageHeader>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href="/admin/anvandare/ny" className="inline-block rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
          Skapa användare
        </Link>
        <Link href="/admin/logg" className="inline-block rounded border-2 border-brand-800 px-5 py-1.5 font-semibold text-brand-900 hover:bg-brand-50">
          Sök i loggen
        </Link>
      </p>
      <DataTable<Row>
        caption="Användare"
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          {
            header: "Namn",
            cell: (u) => (
              <Link href={`/admin/anvandare/${u.id}`} prefetch={false} className="font-medium underline">
                {u.name}
              </Link>
            ),
          },
          { header: "E-post", cell: (u) => u.email },
          { header: "Roll", cell: (u) => ROLE_LABELS[u.role] },
          { header: "Organisation", cell: (u) => u.unit?.name ?? u.provider?.name ?? "–" },
          { header: "Status", cell: (u) => (u.active ? "Aktiv" : "Avstängd") },
          { header: "Senast inloggad", cell: (u) => (u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "Aldrig") },
          {
            header: "Omfattning",
            cell: (u) =>
              u.role === "KOORDINATOR" ? (
                <Link href={`/admin/anvandare/${u.id}/omfattning`} className="underline">
                  Ändra omfattning<span className="sr-only"> för {u.name}</span>
                </Link>
              ) : (
                "–"
              ),
          },
        ]}
      />
    </>
  );
}
