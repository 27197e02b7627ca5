import type { Metadata } from "next";
import Link from "next/link";
import { CaseloadFilters } from "@/components/caseload/caseload-filters";
import { WarningBadges } from "@/components/caseload/warning-badges";
import { Pagination } from "@/components/ui/pagination";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { programmeLabel } from "@/lib/format/labels";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/rules";
import { isAccessReviewer } from "@/lib/server/access-review/review";
import { listCaseload, type CaseloadRow } from "@/lib/server/caseload";
import { programmeOptions } from "@/lib/server/programmes";
import { requirePolicy } from "@/lib/server/session";
import { CASELOAD_PAGE_SIZE, caseloadHref, parseCaseloadParams, type CaseloadFilter, type CaseloadParams } from "@/lib/validation/caseload-filter";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const titleOf = (filter: CaseloadFilter) => (filter.who === "mina" ? "Mina deltagare" : "Deltagare på enheten");

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: titleOf(parseCaseloadParams(await searchParams).filter) };
}

const SORT_CAPTION: Record<CaseloadFilter["sort"], string> = { namn: "namn", steg: "steg", program: "program", senast: "senast registrerad först" };

function placementText(p: CaseloadRow): string {
  const placement = p.placement;
  if (!placement) return p.endedPlacements > 0 ? `Ingen pågående (${p.endedPlacements} avslutad${p.endedPlacements > 1 ? "e" : ""})` : "Ingen";
  const what = `${KIND_LABELS[placement.kind]} hos ${placement.providerName}`;
  return placement.status === "PLANNED" ? `Planerad: ${what}, ${placement.startDate} – ${placement.plannedEndDate}` : `${what}, till ${placement.plannedEndDate}`;
}

function countText(total: number, page: number): string {
  if (total <= CASELOAD_PAGE_SIZE) return `${total} deltagare`;
  const from = (page - 1) * CASELOAD_PAGE_SIZE + 1;
  return `Visar ${from}–${Math.min(total, page * CASELOAD_PAGE_SIZE)} av ${total} deltagare`;
}

/** What to say when nothing is shown: nobody yet, or nobody who matches (with a way back). */
function NothingShown({ filter, params }: { filter: CaseloadFilter; params: CaseloadParams }) {
  const narrowed = filter.search !== null || filter.programme !== null || filter.stage !== null || filter.placement !== null;
  if (narrowed) {
    return (
      <EmptyState title="Inga träffar">
        <p>Ingen deltagare {filter.who === "mina" ? "av dina" : "på enheten"} stämmer med sökningen och filtren.</p>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          <li>
            <Link href={caseloadHref({ vem: params.vem })} className="underline">
              Rensa filter och sökning
            </Link>
          </li>
          {filter.who === "mina" && (
            <li>
              <Link href={caseloadHref(params, { vem: "enheten", sida: undefined })} className="underline">
                Sök bland alla deltagare på enheten
              </Link>
            </li>
          )}
        </ul>
      </EmptyState>
    );
  }
  if (filter.who === "mina") {
    return (
      <EmptyState title="Du har inga deltagare ännu">
        När en deltagare registreras med dig som ansvarig handläggare visas hen här. Registrera en ny deltagare, eller{" "}
        <Link href={caseloadHref({ vem: "enheten" })} className="underline">
          se alla deltagare på enheten
        </Link>
        .
      </EmptyState>
    );
  }
  return <EmptyState title="Enheten har inga deltagare ännu">När någon på enheten registrerar en deltagare visas hen här.</EmptyState>;
}

export default async function CaseloadPage({ searchParams }: Props) {
  const { params, filter } = parseCaseloadParams(await searchParams);
  const user = await requirePolicy("viewCaseload", caseloadHref(params));
  const [caseload, programmes] = [await listCaseload(user, filter), await programmeOptions()];
  const reviewer = await isAccessReviewer(user);
  const title = titleOf(filter);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageHeader title={title}>
          {filter.who === "mina" ? "Deltagare som du är ansvarig handläggare för" : "Alla deltagare på din enhet"}, med steg och aktuell placering.
        </PageHeader>
        <div className="flex flex-wrap gap-4">
          {reviewer && (
            <Link href="/handlaggare/granskning" className="rounded border-2 border-brand-800 px-4 py-1.5 font-semibold text-brand-900 hover:bg-brand-50">
              Åtkomstgranskning
            </Link>
          )}
          <Link href="/handlaggare/deltagare/ny" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            Registrera deltagare
          </Link>
        </div>
      </div>
      <CaseloadFilters params={params} programmes={programmes} />
      {caseload.rows.length === 0 ? (
        <NothingShown filter={filter} params={params} />
      ) : (
        <>
          <p className="mb-3 font-medium">{countText(caseload.total, caseload.page)}</p>
          <DataTable<CaseloadRow>
            caption={`${title}, sorterade efter ${SORT_CAPTION[filter.sort]}`}
            rows={caseload.rows}
            rowKey={(p) => p.id}
            columns={[
              {
                header: "Namn",
                cell: (p) => (
                  <>
                    <Link href={`/handlaggare/deltagare/${p.id}`} className="font-medium text-brand-800 underline">
                      {p.lastName}, {p.firstName}
                    </Link>
                    {p.protectedIdentity && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">Skyddad identitet</span>}
                  </>
                ),
              },
              { header: "Personnummer", cell: (p) => p.maskedNumber, nowrap: true },
              { header: "Program", cell: (p) => <abbr title={programmeLabel(p.programme)}>{p.programme}</abbr> },
              { header: "Steg", cell: (p) => STAGE_LABELS[p.currentStage], nowrap: true },
              { header: "Placering", cell: placementText },
              { header: "Varningar", cell: (p) => <WarningBadges warnings={p.warnings} /> },
            ]}
          />
        </>
      )}
      <Pagination page={caseload.page} pages={caseload.pages} href={(page) => caseloadHref(params, { sida: page })} />
    </>
  );
}
