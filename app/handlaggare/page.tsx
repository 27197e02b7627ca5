import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isoDay } from "@/lib/format/date";
import { programmeLabel } from "@/lib/format/labels";
import { maskPersonalNumber } from "@/lib/format/personal-number";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/rules";
import { listCaseload } from "@/lib/server/caseload";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Mina deltagare" };

type Row = Awaited<ReturnType<typeof listCaseload>>[number];

export default async function CaseloadPage() {
  const user = await requirePolicy("viewCaseload", "/handlaggare");
  const participants = await listCaseload(user);
  return (
    <>
      <PageHeader title="Mina deltagare">Deltagare som du är ansvarig handläggare för, med steg och pågående placering.</PageHeader>
      {participants.length === 0 ? (
        <EmptyState title="Du har inga deltagare ännu">
          När en deltagare registreras med dig som ansvarig handläggare visas hen här. Be en kollega på enheten att flytta över ärenden till dig, eller registrera en ny deltagare.
        </EmptyState>
      ) : (
        <DataTable<Row>
          caption="Mina deltagare"
          rows={participants}
          rowKey={(p) => p.id}
          columns={[
            {
              header: "Namn",
              cell: (p) => (
                <>
                  {p.lastName}, {p.firstName}
                  {p.protectedIdentity && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Skyddad identitet</span>}
                </>
              ),
            },
            { header: "Personnummer", cell: (p) => maskPersonalNumber(p.personalIdentityNumber), nowrap: true },
            { header: "Program", cell: (p) => <abbr title={programmeLabel(p.programme)}>{p.programme}</abbr> },
            { header: "Steg", cell: (p) => STAGE_LABELS[p.currentStage], nowrap: true },
            {
              header: "Placering",
              cell: (p) => {
                const placement = p.placements[0];
                if (!placement) return "Ingen pågående";
                const what = `${KIND_LABELS[placement.kind]} hos ${placement.provider.name}`;
                return placement.status === "PLANNED"
                  ? `Planerad: ${what}, ${isoDay(placement.startDate)} – ${isoDay(placement.plannedEndDate)}`
                  : `${what}, till ${isoDay(placement.plannedEndDate)}`;
              },
            },
          ]}
        />
      )}
    </>
  );
}
