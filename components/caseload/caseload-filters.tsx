import Link from "next/link";
import type { ReactNode } from "react";
import { FILTER_CONTROL as CONTROL, FilterSelect as Select, type FilterOption } from "@/components/ui/filter-select";
import { CASELOAD_SORT, CASELOAD_WHO, PLACEMENT_SITUATION, STAGE_OPTIONS, caseloadHref, type CaseloadParams } from "@/lib/validation/caseload-filter";

type Option = FilterOption;

const entries = (map: Record<string, string>): Option[] => Object.entries(map).map(([value, label]) => ({ value, label }));

/**
 * The caseload's filters as a plain GET form: it works without JavaScript, and the address it leads to
 * is the view, ready to bookmark. Sending it starts again at page 1.
 */
export function CaseloadFilters({ params, programmes, children }: { params: CaseloadParams; programmes: readonly Option[]; children?: ReactNode }) {
  return (
    <form method="get" action="/handlaggare" role="search" aria-label="Filtrera deltagare" className="mb-6 rounded-lg border border-stone-300 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="filter-q" className="block font-medium">
            Sök på namn eller personnummer
          </label>
          <p id="filter-q-hint" className="mt-0.5 text-sm text-stone-700">
            Skriv en del av för- eller efternamnet, eller personnumrets början, till exempel 19850312.
          </p>
          <input id="filter-q" name="q" type="search" defaultValue={params.q ?? ""} aria-describedby="filter-q-hint" autoComplete="off" className={`${CONTROL} max-w-xl`} />
        </div>
        <Select name="vem" label="Visa" options={entries(CASELOAD_WHO)} value={params.vem ?? "mina"} />
        <Select name="program" label="Program" options={programmes} value={params.program} all="Alla program" />
        <Select name="steg" label="Steg" options={STAGE_OPTIONS} value={params.steg} all="Alla steg" />
        <Select name="placering" label="Placering" options={entries(PLACEMENT_SITUATION)} value={params.placering} all="Alla" />
        <Select name="sortera" label="Sortera efter" options={entries(CASELOAD_SORT)} value={params.sortera ?? "namn"} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          Visa deltagare
        </button>
        <Link href={caseloadHref({ vem: params.vem })} className="underline">
          Rensa filter och sökning
        </Link>
        {children}
      </div>
    </form>
  );
}
