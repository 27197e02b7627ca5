import "server-only";
import { db } from "../db";
import { literally } from "../like-pattern";

/** How many matches the field offers to choose from; more than that asks for a longer search. */
export const PROVIDER_CHOICES = 10;

/**
 * A provider as the field shows it: its name and municipality. Never its organisationsnummer: a sole
 * trader's is their personnummer, and coordinators see organisations, not people.
 */
export type ProviderChoice = { id: string; name: string; municipalityCode: string; active: boolean };

/**
 * The dashboard's provider filter, found by search rather than picked from a list: with thousands of
 * providers a list made the page over a megabyte (docs/performance.md).
 * - `all`: no provider filter;
 * - `chosen`: this provider filters the figures;
 * - `found`: the search matched exactly one provider, which the address should name;
 * - `choose`: several matched, the coordinator picks one; `none`: nothing matched.
 */
export type ProviderFilter =
  | { state: "all" }
  | { state: "chosen"; provider: ProviderChoice }
  | { state: "found"; provider: ProviderChoice }
  | { state: "choose"; text: string; matches: ProviderChoice[]; more: boolean }
  | { state: "none"; text: string };

const choice = { id: true, name: true, municipalityCode: true, active: true } as const;

/**
 * The provider the address names (`anordnare`, an id) and the text in the search field (`anordnarsok`).
 * The field keeps the chosen provider's name, so the same name means the same choice; changed text is a
 * new search, and an emptied field removes the filter. A chosen provider that has since become inactive
 * stays chosen; a search finds only active ones.
 */
export async function resolveProviderFilter(id: string | undefined, text: string | undefined): Promise<ProviderFilter> {
  const chosen = id ? await db().provider.findUnique({ where: { id }, select: choice }) : null;
  if (text === undefined || (chosen && sameName(chosen.name, text))) return chosen ? { state: "chosen", provider: chosen } : { state: "all" };
  if (text === "") return { state: "all" };
  const matches = await searchProviders(text);
  if (matches.length === 1) return { state: "found", provider: matches[0]! };
  if (matches.length === 0) return { state: "none", text };
  return { state: "choose", text, matches: matches.slice(0, PROVIDER_CHOICES), more: matches.length > PROVIDER_CHOICES };
}

const sameName = (name: string, text: string) => name.localeCompare(text, "sv", { sensitivity: "accent" }) === 0;

/**
 * Active providers whose name holds the text, or whose whole organisationsnummer it is (with or without the
 * dash; older rows store ten bare digits). Only the whole number: a beginning would let a search try out
 * the birth dates in sole traders' numbers.
 */
async function searchProviders(text: string): Promise<ProviderChoice[]> {
  const digits = text.replace(/[\s-]/g, "");
  const byNumber = /^\d{10}$/.test(digits) ? [{ organisationNumber: { in: [`${digits.slice(0, 6)}-${digits.slice(6)}`, digits] } }] : [];
  return db().provider.findMany({
    where: { active: true, OR: [{ name: { contains: literally(text), mode: "insensitive" } }, ...byNumber] },
    select: choice,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PROVIDER_CHOICES + 1,
  });
}
