import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/format/roles";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { requirePolicy } from "@/lib/server/session";
import { listUsers } from "@/lib/server/users";

export const metadata: Metadata = { title: "Användare" };

type Row = Awaited<ReturnType<typeof listUsers>>[number];

export default async function UsersPage() {
  const user = await requirePolicy("manageUsers", "/admin");
  const users = await listUsers(user);
  return (
    <>
      <PageHeader title="Användare">Alla som kan logga in i Stegvis, deras roll och organisation.</PageHeader>
      <DataTable<Row>
        caption="Användare"
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          { header: "Namn", cell: (u) => u.name },
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
