import Link from "next/link";
import { MUNICIPALITIES } from "@/lib/domain/municipalities";
import { INTEREST_STATUS, PROVIDER_KIND } from "@/lib/domain/vocabulary";
import type { ProviderFilters as Filters } from "@/lib/validation/provider";

const CONTROL = "mt-1 block w-full rounded border border-stone-500 bg-white px-3 py-2";

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
      <div>
        <label htmlFor="filter-status" className="block font-medium">
          Intresseanmälan
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""} className={CONTROL}>
          <option value="">Alla</option>
          {INTEREST_STATUS.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-typ" className="block font-medium">
          Typ av anordnare
        </label>
        <select id="filter-typ" name="typ" defaultValue={filters.typ ?? ""} className={CONTROL}>
          <option value="">Alla</option>
          {PROVIDER_KIND.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-kommun" className="block font-medium">
          Kommun
        </label>
        <select id="filter-kommun" name="kommun" defaultValue={filters.kommun ?? ""} className={CONTROL}>
          <option value="">Alla</option>
          {MUNICIPALITIES.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-4">
        <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
          Sök
        </button>
        <Link href={action} className="py-2 underline">
          Visa alla
        </Link>
      </div>
    </form>
  );
}
