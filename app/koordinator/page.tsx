import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { programmeLabel } from "@/lib/format/labels";
import { STAGES, STAGE_LABELS } from "@/lib/rules";
import { ENDING_SOON_DAYS, stageOverview } from "@/lib/server/dashboard";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Översikt" };

export default async function DashboardPage() {
  const user = await requirePolicy("viewDashboard", "/koordinator");
  const overview = await stageOverview(user);
  const total = STAGES.reduce((sum, s) => sum + overview.byStage[s.id], 0);
  return (
    <>
      <PageHeader title="Översikt">Deltagare i pågående arbetsträning, per steg: komma igång, på väg och nästan framme.</PageHeader>
      {total === 0 ? (
        <EmptyState title="Inga pågående placeringar ännu">Siffrorna visas när handläggarna har registrerat deltagare och placeringar.</EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="per-steg">
            <h2 id="per-steg" className="text-lg font-semibold">
              Deltagare per steg
            </h2>
            <ul className="mt-3 grid gap-4 sm:grid-cols-3">
              {STAGES.map((s) => (
                <li key={s.id} className="rounded-lg border border-stone-300 bg-white p-5">
                  <p className="font-semibold">{s.label}</p>
                  <p className="mt-1 text-3xl font-bold" aria-label={`${overview.byStage[s.id]} deltagare`}>
                    {overview.byStage[s.id]}
                  </p>
                  <p className="mt-2 text-sm text-stone-700">{s.description}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="placeringar">
            <h2 id="placeringar" className="text-lg font-semibold">
              Placeringar
            </h2>
            <p className="mt-2">
              {overview.activePlacements} pågående placeringar. {overview.endingSoon} slutar inom {ENDING_SOON_DAYS} dagar, och {overview.followUpsOverdue} har en försenad
              uppföljning.
            </p>
          </section>
          <section aria-labelledby="per-program">
            <h2 id="per-program" className="mb-3 text-lg font-semibold">
              Per program
            </h2>
            <DataTable
              caption="Deltagare per program och steg"
              rows={overview.byProgramme}
              rowKey={(r) => `${r.programme}-${r.stage}`}
              columns={[
                { header: "Program", cell: (r) => programmeLabel(r.programme) },
                { header: "Steg", cell: (r) => STAGE_LABELS[r.stage] },
                { header: "Deltagare", cell: (r) => r.count },
              ]}
            />
          </section>
        </div>
      )}
    </>
  );
}
