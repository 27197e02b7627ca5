import { MUNICIPALITY_OPTIONS } from "@/lib/domain/municipalities";
import { INTEREST_STATUS, PROVIDER_KIND } from "@/lib/domain/vocabulary";
import type { ProviderFilters as Filters } from "@/lib/validation/provider";
import { FILTER_CONTROL as CONTROL, FilterActions, FilterSelect } from "@/components/ui/filter-select";


/**
 * The list's search and filters as a plain GET form, so every search is an address that can be
 * kept, shared and reloaded, and works before JavaScript has loaded.
 */
export function ProviderFilters({ filters, action }: { filters: Filters; action: string }) {
  return (
    <form method="get" action={action} role="search" aria-label="Sök anordnare" className="mb-6 grid gap-4 rounded-lg border border-stone-300 bg-white p-5 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2 lg:col-span-4">
        <label htmlFor="filter-q" className="block font-medium">
          Sök på namn eller organisationsnummer
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} className={`${CONTROL} max-w-xl`} />
      </div>
      <FilterSelect name="status" label="Intresseanmälan" options={INTEREST_STATUS.options} value={filters.status} all="Alla" />
      <FilterSelect name="typ" label="Typ av anordnare" options={PROVIDER_KIND.options} value={filters.typ} all="Alla" />
      <FilterSelect name="kommun" label="Kommun" options={MUNICIPALITY_OPTIONS} value={filters.kommun} all="Alla" />
      <FilterActions resetHref={action} />
    </form>
  );
}
