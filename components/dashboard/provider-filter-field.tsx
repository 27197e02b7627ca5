import Link from "next/link";
import { FILTER_CONTROL } from "@/components/ui/filter-select";
import type { ProviderFilter } from "@/lib/server/dashboard/provider-filter";

const ID = "filter-anordnare";

/**
 * The provider filter as a search field: the form sends the text, the page finds the provider. Several
 * matches are offered as links that keep the rest of the view; the field keeps the chosen provider's name.
 */
export function ProviderFilterField({ filter, choiceHref }: { filter: ProviderFilter; choiceHref: (providerId: string) => string }) {
  const text = filter.state === "chosen" ? filter.provider.name : filter.state === "choose" || filter.state === "none" ? filter.text : "";
  const message = filter.state === "none" ? `Ingen aktiv anordnare matchar ”${filter.text}”.` : filter.state === "choose" ? "Flera anordnare matchar. Välj en:" : null;
  return (
    <div>
      <label htmlFor={ID} className="block font-medium">
        Anordnare
      </label>
      <p id={`${ID}-hint`} className="mt-0.5 text-sm text-stone-700">
        Skriv en del av namnet eller organisationsnumret. Töm fältet för att se alla.
      </p>
      <input
        id={ID}
        name="anordnarsok"
        type="search"
        defaultValue={text}
        autoComplete="off"
        aria-describedby={message ? `${ID}-hint ${ID}-message` : `${ID}-hint`}
        aria-invalid={filter.state === "none" || undefined}
        className={`${FILTER_CONTROL} aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700`}
      />
      {filter.state === "chosen" && <input type="hidden" name="anordnare" value={filter.provider.id} />}
      {message && (
        <p id={`${ID}-message`} className={`mt-1 text-sm font-medium ${filter.state === "none" ? "text-red-800" : ""}`}>
          {message}
        </p>
      )}
      {filter.state === "choose" && (
        <>
          <ul className="mt-1 space-y-1 text-sm">
            {filter.matches.map((p) => (
              <li key={p.id}>
                <Link href={choiceHref(p.id)} className="underline">
                  {p.name}
                </Link>{" "}
                <span className="text-stone-700">({p.organisationNumber})</span>
              </li>
            ))}
          </ul>
          {filter.more && <p className="mt-1 text-sm">Fler matchar. Skriv mer av namnet för att se dem.</p>}
        </>
      )}
    </div>
  );
}
