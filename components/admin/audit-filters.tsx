import { FILTER_CONTROL as CONTROL, FilterActions, FilterSelect } from "@/components/ui/filter-select";
import { AUDIT_ACTION_OPTIONS } from "@/lib/domain/audit-actions";
import type { AuditFilterParams } from "@/lib/validation/audit-filter";

function TextFilter({ name, label, hint, value, type = "text" }: { name: string; label: string; hint?: string; value: string | undefined; type?: "text" | "date" }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`filter-${name}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      )}
      <input id={`filter-${name}`} name={name} type={type} defaultValue={value ?? ""} aria-describedby={hint ? `filter-${name}-hint` : undefined} className={CONTROL} />
    </div>
  );
}

/** The log search as a plain GET form: every search is an address that can be kept and shared, and the export reads the same. */
export function AuditFilters({ params, action }: { params: AuditFilterParams; action: string }) {
  return (
    <form method="get" action={action} role="search" aria-label="Sök i loggen" className="mb-6 grid gap-4 rounded-lg border border-stone-300 bg-white p-5 sm:grid-cols-2 lg:grid-cols-3">
      <TextFilter name="deltagare" label="Deltagare" hint="Ärendenummer eller id" value={params.deltagare} />
      <TextFilter name="anvandare" label="Användare" hint="E-postadress eller id" value={params.anvandare} />
      <FilterSelect name="handelse" label="Händelse" options={AUDIT_ACTION_OPTIONS} value={params.handelse} all="Alla" />
      <TextFilter name="fran" label="Från och med" type="date" value={params.fran} />
      <TextFilter name="till" label="Till och med" type="date" value={params.till} />
      <FilterActions resetHref={action} />
    </form>
  );
}
