import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/admin/audit-filters";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_ACTION_LABELS } from "@/lib/domain/audit-actions";
import { auditDetails, describeAuditTarget } from "@/lib/format/audit-event";
import { formatDateTime } from "@/lib/format/date";
import { ROLE_LABELS } from "@/lib/format/roles";
import { describeIp } from "@/lib/format/user-agent";
import { searchAuditLog } from "@/lib/server/audit-search";
import { requirePolicy } from "@/lib/server/session";
import { AUDIT_EXPORT_MAX, auditLogHref, parseAuditFilter } from "@/lib/validation/audit-filter";

export const metadata: Metadata = { title: "Logg" };

const PATH = "/admin/logg";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Row = Awaited<ReturnType<typeof searchAuditLog>>["events"][number];

export default async function AuditLogPage({ searchParams }: Props) {
  const admin = await requirePolicy("searchAuditLog", PATH);
  const { params, filter } = parseAuditFilter(await searchParams);
  const { events, total, page, pageCount } = await searchAuditLog(admin, filter);
  return (
    <>
      <PageHeader title="Logg">
        Varje läsning och ändring av personuppgifter, varje inloggning och varje nekad åtkomst. Sökningen loggas också. Loggen kan inte ändras eller tas bort.
      </PageHeader>
      <AuditFilters params={params} action={PATH} />
      {events.length === 0 ? (
        <EmptyState title="Ingen händelse matchar sökningen">Ändra sökningen eller välj Visa alla. Ett ärendenummer eller en e-postadress som inte finns ger ingen träff.</EmptyState>
      ) : (
        <>
          <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-stone-700">{total === 1 ? "1 händelse" : `${total} händelser`}, nyast först.</p>
            <a href={auditLogHref(`${PATH}/csv`, params)} className="inline-block rounded border-2 border-brand-800 px-4 py-1.5 font-semibold text-brand-900 hover:bg-brand-50" download>
              Ladda ned som CSV
              <span className="sr-only"> (högst {AUDIT_EXPORT_MAX} händelser)</span>
            </a>
          </div>
          <DataTable<Row>
            caption="Logghändelser"
            rows={events}
            rowKey={(e) => String(e.id)}
            columns={[
              { header: "Tid", cell: (e) => formatDateTime(e.at), nowrap: true },
              {
                header: "Användare",
                cell: (e) =>
                  e.actor ? (
                    <Link href={`/admin/anvandare/${e.actor.id}`} prefetch={false} className="underline">
                      {e.actor.name}
                    </Link>
                  ) : (
                    <span className="text-stone-700">Ingen inloggad</span>
                  ),
              },
              { header: "Roll", cell: (e) => (e.actorRole ? ROLE_LABELS[e.actorRole] : "–") },
              { header: "Händelse", cell: (e) => AUDIT_ACTION_LABELS[e.action], nowrap: true },
              { header: "Vad", cell: (e) => <span className="break-all">{describeAuditTarget(e)}</span> },
              { header: "IP-adress", cell: (e) => describeIp(e.ip) },
              { header: "Detaljer", cell: (e) => <code className="block max-w-md text-xs break-all">{auditDetails(e.changes)}</code> },
            ]}
          />
          <Pagination page={page} pages={pageCount} href={(target) => auditLogHref(PATH, params, target)} />
        </>
      )}
    </>
  );
}
