import type { Metadata } from "next";
import { RetentionForm } from "@/components/data-protection/retention-form";
import { Confirmation } from "@/components/ui/confirmation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { previewRetention } from "@/lib/server/data-protection/retention-admin";
import { requirePolicy } from "@/lib/server/session";
import { confirmRetentionAction } from "./actions";

export const metadata: Metadata = { title: "Gallring" };

export default async function RetentionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePolicy("runRetention", "/admin/gallring");
  const { klart } = await searchParams;
  const run = (await previewRetention(user))!;
  return (
    <>
      <Confirmation code={klart} />
      <PageHeader title="Gallring av deltagare">
        Deltagare vars sista placering slutade före {run.cutoff} ({run.years} år sedan) och som inte har någon planerad eller pågående placering
        anonymiseras: namn och personnummer ersätts, och alla fritexter om dem töms, också uppföljningarnas kommentarer och anordnarens förslag.
        I loggen finns kvar vem som gjorde vad och när, men inte de ändrade värdena. Kön, kommun, program, steg och placeringarnas datum finns
        kvar för statistiken. Listan visar ärendenummer, inga namn. Både listan och gallringen loggas.
      </PageHeader>
      {run.participants.length === 0 ? (
        <p className="text-stone-700">Ingen deltagare ska gallras i dag.</p>
      ) : (
        <>
          <DataTable
            caption={`Deltagare som anonymiseras om du bekräftar, ${run.participants.length} st.`}
            rowKey={(p) => p.id}
            rows={run.participants}
            columns={[
              { header: "Ärende", cell: (p) => p.caseNumber },
              { header: "Enhet", cell: (p) => p.unit },
              { header: "Sista placeringen slutade (eller registrerad)", cell: (p) => p.lastActivity, nowrap: true },
            ]}
          />
          <div className="mt-6 max-w-xl">
            <RetentionForm action={confirmRetentionAction} cutoff={run.cutoff} count={run.participants.length} />
          </div>
        </>
      )}
    </>
  );
}
