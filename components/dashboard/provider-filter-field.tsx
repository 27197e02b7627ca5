import Link from "next/link";
import { FILTER_CONTROL } from "@/components/ui/filter-select";
import { municipalityName } from "@/lib/domain/municipalities";
import { PROVIDER_CHOICES, type ProviderChoice, type ProviderFilter } from "@/lib/server/dashboard/provider-filter";
import { PROVIDER_NAME_MAX } from "@/lib/validation/provider";

const ID = "filter-anordnare";

const place = (p: ProviderChoice) => `${p.name} (${municipalityName(p.municipalityCode)})`;

/** What the field says under itself, if anything. */
function messageFor(filter: ProviderFilter): { text: string; error?: true } | null {
  if (filter.state === "none") return { text: `Ingen aktiv anordnare matchar ”${filter.text}”.`, error: true };
  if (filter.state === "choose") return { text: "Flera anordnare matchar. Välj en:" };
  if (filter.state === "chosen" && !filter.provider.active) return { text: "Anordnaren är inte längre aktiv. Siffrorna gäller dess placeringar." };
  return null;
}

/**
 * The provider filter as a search field: the form sends the text, the page finds the provider. Several
 * matches are offered as links that keep the rest of the view; the field keeps the chosen provider's name.
 */
export function ProviderFilterField({ filter, choiceHref }: { filter: ProviderFilter; choiceHref: (providerId: string) => string }) {
  const text = filter.state === "chosen" ? filter.provider.name : filter.state === "choose" || filter.state === "none" ? filter.text : "";
  const message = messageFor(filter);
  return (
    <div>
      <label htmlFor={ID} className="block font-medium">
        Anordnare
      </label>
      <p id={`${ID}-hint`} className="mt-0.5 text-sm text-stone-700">
        Skriv en del av namnet, eller hela organisationsnumret. Töm fältet för att se alla anordnare.
      </p>
      {/* Keyed by its text: after a choice, the field shows the chosen name rather than what was typed before. */}
      <input
        key={text}
        id={ID}
        name="anordnarsok"
        type="search"
        defaultValue={text}
        maxLength={PROVIDER_NAME_MAX}
        autoComplete="off"
        aria-describedby={message ? `${ID}-hint ${ID}-message` : `${ID}-hint`}
        aria-invalid={message?.error}
        className={`${FILTER_CONTROL} aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700`}
      />
      {filter.state === "chosen" && <input type="hidden" name="anordnare" value={filter.provider.id} />}
      {message && (
        <p id={`${ID}-message`} className={`mt-1 text-sm font-medium ${message.error ? "text-red-800" : ""}`}>
          {message.text}
        </p>
      )}
      {filter.state === "choose" && (
        <>
          <ul aria-labelledby={`${ID}-message`} className="mt-1 space-y-2 text-sm">
            {filter.matches.map((p) => (
              <li key={p.id}>
                <Link href={choiceHref(p.id)} className="inline-block py-0.5 underline">
                  {place(p)}
                </Link>
              </li>
            ))}
          </ul>
          {filter.more && <p className="mt-1 text-sm">Fler än {PROVIDER_CHOICES} matchar. Skriv mer av namnet för att få färre träffar.</p>}
        </>
      )}
    </div>
  );
}
