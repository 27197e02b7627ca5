import Link from "next/link";
import type { ReactNode } from "react";
import { FILTER_CONTROL, FilterSelect, type FilterOption } from "@/components/ui/filter-select";
import { MUNICIPALITY_OPTIONS } from "@/lib/domain/municipalities";
import { GENDER } from "@/lib/domain/vocabulary";
import { KIND_LABELS, MODE_LABELS } from "@/lib/rules";
import { AGE_BANDS, GENDER_SLUGS, KIND_SLUGS, MODE_SLUGS, type DashboardFilter, type DashboardParams } from "@/lib/validation/dashboard-filter";

const slugOptions = <Code extends string>(slugs: Record<string, Code>, labels: Record<Code, string>): FilterOption[] =>
  Object.entries(slugs).map(([value, code]) => ({ value, label: labels[code] }));

export type DashboardFilterOptions = { programmes: FilterOption[]; units: FilterOption[] };

/**
 * The dashboard's filters as a plain GET form: it works without JavaScript, and the address it leads to
 * is the view, to bookmark, share or export.
 */
export function DashboardFilters({ params, filter, options, provider }: { params: DashboardParams; filter: DashboardFilter; options: DashboardFilterOptions; provider: ReactNode }) {
  return (
    <form method="get" action="/koordinator" role="search" aria-label="Filtrera siffrorna" className="mb-8 rounded-lg border border-stone-300 bg-white p-4">
      <fieldset className="mb-4">
        <legend className="font-semibold">Period för flöden, tider och utfall</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          <div>
            <label htmlFor="filter-fran" className="block font-medium">
              Från och med
            </label>
            <input id="filter-fran" name="fran" type="date" defaultValue={filter.from} className={FILTER_CONTROL} />
          </div>
          <div>
            <label htmlFor="filter-till" className="block font-medium">
              Till och med
            </label>
            <input id="filter-till" name="till" type="date" defaultValue={filter.to} className={FILTER_CONTROL} />
          </div>
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect name="program" label="Program" options={options.programmes} value={params.program} all="Alla program" />
        <FilterSelect name="insats" label="Insats" options={slugOptions(KIND_SLUGS, KIND_LABELS)} value={params.insats} all="Alla insatser" />
        <FilterSelect name="satt" label="Sätt" options={slugOptions(MODE_SLUGS, MODE_LABELS)} value={params.satt} all="Alla sätt" />
        <FilterSelect name="kon" label="Kön" options={slugOptions(GENDER_SLUGS, GENDER.labels)} value={params.kon} all="Alla" />
        <FilterSelect name="alder" label="Ålder" options={Object.entries(AGE_BANDS).map(([value, band]) => ({ value, label: band.label }))} value={params.alder} all="Alla åldrar" />
        <FilterSelect name="kommun" label="Kommun där deltagaren bor" options={MUNICIPALITY_OPTIONS} value={params.kommun} all="Alla kommuner" />
        <FilterSelect name="enhet" label="Enhet" options={options.units} value={params.enhet} all="Alla enheter" />
        {provider}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Visa siffror
        </button>
        <Link href="/koordinator" className="underline">
          Rensa filter
        </Link>
      </div>
    </form>
  );
}
