import Link from "next/link";
export type FilterOption = { value: string; label: string };

export const FILTER_CONTROL = "mt-1 block w-full rounded border border-stone-500 bg-white px-3 py-2";

/** A labelled select in a list's GET filter form; `all` is the first option, which filters nothing. */
export function FilterSelect({ name, label, options, value, all }: { name: string; label: string; options: readonly FilterOption[]; value: string | undefined; all?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={FILTER_CONTROL}>
        {all && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The end of a list's GET filter form: search, and a link back to the unfiltered list. */
export function FilterActions({ resetHref }: { resetHref: string }) {
  return (
    <div className="flex items-end gap-4">
      <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
        Sök
      </button>
      <Link href={resetHref} className="py-2 underline">
        Visa alla
      </Link>
    </div>
  );
}
