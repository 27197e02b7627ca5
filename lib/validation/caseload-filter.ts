/**
 * The caseload's filters as they stand in the address (`/handlaggare?vem=enheten&steg=pa-vag&q=…`), so a
 * view can be bookmarked and shared. Parsing never fails: a value that is not one of ours falls back
 * to its default, as if it were not there.
 */
import { z } from "zod";
import { STAGE_LABELS, type Stage } from "@/lib/rules";
import { programmeCode } from "./participant";

export const CASELOAD_PAGE_SIZE = 25;

/** Whose participants: the officer's own, or everyone's at the officer's unit (never another unit's). */
export const CASELOAD_WHO = { mina: "Mina deltagare", enheten: "Alla på enheten" } as const;
export type CaseloadWho = keyof typeof CASELOAD_WHO;

/** Stages by a slug that reads well in an address. */
export const STAGE_SLUGS = { "komma-igang": "KOMMA_IGANG", "pa-vag": "PA_VAG", "nastan-framme": "NASTAN_FRAMME" } as const satisfies Record<string, Stage>;
export type StageSlug = keyof typeof STAGE_SLUGS;

/**
 * Where the participant stands with placements, one answer each: a placement in progress; else one
 * planned; else only ended ones; else none (a cancelled placement was registered in error and counts as none).
 */
export const PLACEMENT_SITUATION = { pagar: "Pågår", planerad: "Planerad", avslutad: "Avslutad", ingen: "Ingen placering" } as const;
export type PlacementSituation = keyof typeof PLACEMENT_SITUATION;

export const CASELOAD_SORT = { namn: "Namn", steg: "Steg", program: "Program", senast: "Senast registrerad" } as const;
export type CaseloadSort = keyof typeof CASELOAD_SORT;

/** What a search finds: personnummer that begin with one of the prefixes, or names holding every word. */
export type CaseloadSearch = { by: "number"; prefixes: string[] } | { by: "name"; words: string[] };

const MAX_SEARCH_LENGTH = 100;
const MAX_SEARCH_WORDS = 5;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * A search text as a search. Digits (with or without a dash) are a personnummer, matched from the
 * start; the short form (ÅÅMMDD or ÅÅMMDD-NNNN) is tried in both centuries, since numbers are stored
 * with twelve digits. Anything else is names: each word must be part of the first or the last name.
 */
export function parseSearch(text: string): CaseloadSearch | null {
  const value = text.replace(CONTROL_CHARACTERS, " ").trim();
  if (value === "") return null;
  if (/^[\d-]+$/.test(value) && /\d/.test(value)) {
    const digits = value.replaceAll("-", "").slice(0, 12);
    const short = digits.length === 6 || digits.length === 10;
    return { by: "number", prefixes: short ? [digits, `19${digits}`, `20${digits}`] : [digits] };
  }
  return { by: "name", words: value.split(/\s+/).slice(0, MAX_SEARCH_WORDS) };
}

/** The first value of a parameter that appears more than once (`?steg=a&steg=b`). */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
const keyOf = <const Map extends Record<string, unknown>>(map: Map) => z.enum(Object.keys(map) as [keyof Map & string, ...(keyof Map & string)[]]);

/** Parses a page's `searchParams`. */
export const caseloadFilter = z.object({
  vem: param(keyOf(CASELOAD_WHO)),
  program: param(programmeCode()),
  steg: param(keyOf(STAGE_SLUGS)),
  placering: param(keyOf(PLACEMENT_SITUATION)),
  q: param(z.string().transform((text) => text.replace(CONTROL_CHARACTERS, " ").trim().slice(0, MAX_SEARCH_LENGTH))),
  sortera: param(keyOf(CASELOAD_SORT)),
  sida: param(z.coerce.number().int().min(1).max(100_000)),
});

export type CaseloadParams = z.output<typeof caseloadFilter>;

/** The filter a service reads, with its defaults filled in. */
export type CaseloadFilter = {
  who: CaseloadWho;
  programme: string | null;
  stage: Stage | null;
  placement: PlacementSituation | null;
  search: CaseloadSearch | null;
  sort: CaseloadSort;
  page: number;
};

export const DEFAULT_CASELOAD_FILTER: CaseloadFilter = { who: "mina", programme: null, stage: null, placement: null, search: null, sort: "namn", page: 1 };

/** The parameters as the service reads them. */
export function toCaseloadFilter(params: CaseloadParams): CaseloadFilter {
  return {
    who: params.vem ?? DEFAULT_CASELOAD_FILTER.who,
    programme: params.program ?? null,
    stage: params.steg ? STAGE_SLUGS[params.steg] : null,
    placement: params.placering ?? null,
    search: parseSearch(params.q ?? ""),
    sort: params.sortera ?? DEFAULT_CASELOAD_FILTER.sort,
    page: params.sida ?? 1,
  };
}

/** Parses a page's `searchParams` straight to the filter; never throws. */
export function parseCaseloadParams(searchParams: Record<string, string | string[] | undefined>): { params: CaseloadParams; filter: CaseloadFilter } {
  const parsed = caseloadFilter.safeParse(searchParams);
  const params = parsed.success ? parsed.data : {};
  return { params, filter: toCaseloadFilter(params) };
}

/**
 * The address of the caseload with these parameters, leaving out defaults so that addresses stay short
 * and one view has one address. `changes` replace parameters; `undefined` removes one.
 */
export function caseloadHref(params: CaseloadParams, changes: Partial<CaseloadParams> = {}): string {
  const merged: CaseloadParams = { ...params, ...changes };
  const query = new URLSearchParams();
  if (merged.vem && merged.vem !== DEFAULT_CASELOAD_FILTER.who) query.set("vem", merged.vem);
  if (merged.program) query.set("program", merged.program);
  if (merged.steg) query.set("steg", merged.steg);
  if (merged.placering) query.set("placering", merged.placering);
  if (merged.q) query.set("q", merged.q);
  if (merged.sortera && merged.sortera !== DEFAULT_CASELOAD_FILTER.sort) query.set("sortera", merged.sortera);
  if (merged.sida && merged.sida > 1) query.set("sida", String(merged.sida));
  const search = query.toString();
  return search ? `/handlaggare?${search}` : "/handlaggare";
}

/** Stage slugs with their labels, for the filter's select. */
export const STAGE_OPTIONS = (Object.entries(STAGE_SLUGS) as [StageSlug, Stage][]).map(([value, stage]) => ({ value, label: STAGE_LABELS[stage] }));
