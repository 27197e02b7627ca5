import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date";
import { monthName } from "@/lib/rules";
import { accessReviewFollowUp, type FlaggedAccess, type SampleFigures } from "@/lib/server/access-review/follow-up";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Åtkomstgranskning" };

export default async function AccessReviewFollowUpPage() {
  const admin = await requirePolicy("followUpAccessReviews", "/admin/granskning");
  const result = await accessReviewFollowUp(admin);
  if (!result.ok) throw new Error(result.reason);
  const { samples, flags } = result.value;
  return (
    <>
      <PageHeader title="Åtkomstgranskning">
        Varje månad dras ett slumpmässigt urval av åtkomsterna till varje enhets deltagare, och enhetens granskare bedömer om de var motiverade.
        Här ser du hur långt granskningen har kommit och vilka åtkomster som markerats som inte motiverade. Deltagarna visas med ärendenummer.
      </PageHeader>
      <h2 className="mb-3 text-xl font-semibold">Per enhet och månad</h2>
      {samples.length === 0 ? (
        <p className="mb-8 text-stone-700">Inget urval är draget ännu.</p>
      ) : (
        <div className="mb-8">
          <DataTable<SampleFigures>
            caption="Urval per enhet och månad"
            rows={samples}
            rowKey={(s) => s.sampleId}
            columns={[
              { header: "Månad", cell: (s) => monthName(s.month), nowrap: true },
              { header: "Enhet", cell: (s) => s.unit },
              { header: "Åtkomster under månaden", cell: (s) => s.population },
              { header: "I urvalet", cell: (s) => s.sampled },
              { header: "Granskade", cell: (s) => s.reviewed },
              { header: "Inte motiverade", cell: (s) => s.flagged },
              { header: "Granskare", cell: (s) => (s.reviewers === 0 ? "Ingen: ge en handläggare behörigheten" : s.reviewers) },
            ]}
          />
        </div>
      )}
      <h2 className="mb-3 text-xl font-semibold">Åtkomster som inte var motiverade</h2>
      {flags.length === 0 ? (
        <p className="text-stone-700">Ingen åtkomst är markerad som inte motiverad.</p>
      ) : (
        <>
          <p className="mb-4">
            <a href="/admin/granskning/csv" className="inline-block rounded border-2 border-brand-800 px-4 py-1.5 font-semibold text-brand-900 hover:bg-brand-50">
              Ladda ner som CSV
            </a>
          </p>
          <DataTable<FlaggedAccess>
            caption="Åtkomster markerade som inte motiverade"
            rows={flags}
            rowKey={(f) => f.id}
            columns={[
              { header: "Dag", cell: (f) => f.day, nowrap: true },
              { header: "Enhet", cell: (f) => f.unit },
              { header: "Vem", cell: (f) => f.who },
              { header: "Deltagare", cell: (f) => `Ärende ${f.caseNumber}` },
              { header: "Motivering", cell: (f) => <span className="whitespace-pre-line">{f.reason}</span> },
              { header: "Granskad av", cell: (f) => `${f.decidedBy}, ${formatDateTime(f.decidedAt)}` },
            ]}
          />
        </>
      )}
    </>
  );
}
