import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/data-protection/print-button";
import { BackToCase } from "@/components/participants/back-to-case";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { getAccessLog } from "@/lib/server/data-protection/access-log";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Utdrag ur åtkomstloggen" };

export default async function AccessLogPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/deltagare/${id}/atkomstlogg`);
  const log = isUuid(id) ? await getAccessLog(user, id, "page") : null;
  if (!log) notFound();
  const p = log.participant;
  const name = `${p.firstName} ${p.lastName}`;
  return (
    <>
      <div className="print:hidden">
        <BackToCase participantId={p.id} name={name} />
      </div>
      <PageHeader title={`Utdrag ur åtkomstloggen för ${name}`}>
        Vem som har läst eller ändrat uppgifter om deltagaren (ärende {p.caseNumber}), när, från vilken enhet eller arbetsplats och vad. Enheten är
        den som personen hör till i dag. Att utdraget togs fram är också loggat.
      </PageHeader>
      <p className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton />
        <a href={`/handlaggare/deltagare/${p.id}/atkomstlogg/fil`} download className="font-semibold underline">
          Ladda ner som fil (CSV)
        </a>
      </p>
      {log.rows.length === 0 ? (
        <p className="text-stone-700">Ingen har tagit del av uppgifterna ännu.</p>
      ) : (
        <DataTable
          caption={`Åtkomster till uppgifterna om ${name}, äldst först`}
          rowKey={(row) => String(row.index)}
          rows={log.rows.map((row, index) => ({ ...row, index }))}
          columns={[
            { header: "Tidpunkt", cell: (r) => formatDateTime(r.at), nowrap: true },
            { header: "Vem", cell: (r) => r.who },
            { header: "Roll", cell: (r) => r.role },
            { header: "Enhet eller arbetsplats", cell: (r) => r.organisation },
            { header: "Vad", cell: (r) => r.description },
          ]}
        />
      )}
    </>
  );
}
