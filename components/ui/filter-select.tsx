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
