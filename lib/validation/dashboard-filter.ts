/**
 * The coordinator dashboard's filters as they stand in the address (`/koordinator?fran=…&kon=kvinna`), so a
 * view can be bookmarked, shared and exported with the same figures. Parsing never fails: a value that is
 * not one of ours falls back to its default, as if it were not there.
 */
import { z } from "zod";
import { isMunicipalityCode } from "@/lib/domain/municipalities";
import { addDaysIso, isIsoDate, type PlacementKind, type PlacementMode } from "@/lib/rules";
import type { Gender } from "@/lib/domain/vocabulary";
import { programmeCode } from "./participant";
import { PROVIDER_NAME_MAX } from "./provider";

export const KIND_SLUGS = { arbetstraning: "ARBETSTRANING", forstarkt: "FORSTARKT_ARBETSTRANING", fordjupad: "FORSTARKT_FORDJUPAD" } as const satisfies Record<string, PlacementKind>;
export const MODE_SLUGS = { "pa-plats": "ON_SITE", distans: "REMOTE", blandat: "MIXED" } as const satisfies Record<string, PlacementMode>;
export const GENDER_SLUGS = { kvinna: "FEMALE", man: "MALE", annat: "OTHER", okant: "UNKNOWN" } as const satisfies Record<string, Gender>;

/** Age bands (whole years on the period's last day, from the birth date in the personnummer). */
export const AGE_BANDS = {
  "16-24": { min: 16, max: 24, label: "16–24 år" },
  "25-29": { min: 25, max: 29, label: "25–29 år" },
  "30-39": { min: 30, max: 39, label: "30–39 år" },
  "40-49": { min: 40, max: 49, label: "40–49 år" },
  "50-59": { min: 50, max: 59, label: "50–59 år" },
  "60-": { min: 60, max: 200, label: "60 år och äldre" },
} as const;
export type AgeBand = keyof typeof AGE_BANDS;

/** The longest period a view covers: ten years keeps every query bounded. */
export const MAX_PERIOD_DAYS = 3660;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const param = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
const keyOf = <const Map extends Record<string, unknown>>(map: Map) => z.enum(Object.keys(map) as [keyof Map & string, ...(keyof Map & string)[]]);
const day = () => z.string().refine(isIsoDate);

/** Parses a page's (or an export's) `searchParams`. */
export const dashboardFilterParams = z.object({
  fran: param(day()),
  till: param(day()),
  program: param(programmeCode()),
  insats: param(keyOf(KIND_SLUGS)),
  anordnare: param(z.uuid()),
  enhet: param(z.uuid()),
  kommun: param(z.string().refine(isMunicipalityCode)),
  kon: param(keyOf(GENDER_SLUGS)),
  alder: param(keyOf(AGE_BANDS)),
  satt: param(keyOf(MODE_SLUGS)),
});
export type DashboardParams = z.output<typeof dashboardFilterParams>;

/** What the dashboard's services read: the period (both days included) and the filters, null for "all". */
export type DashboardFilter = {
  from: string;
  to: string;
  programme: string | null;
  kind: PlacementKind | null;
  providerId: string | null;
  unitId: string | null;
  municipalityCode: string | null;
  gender: Gender | null;
  ageBand: AgeBand | null;
  mode: PlacementMode | null;
};

/** The default period: the twelve months up to and including today. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const yearBefore = new Date(Date.UTC(Number(today.slice(0, 4)) - 1, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))));
  return { from: addDaysIso(yearBefore.toISOString().slice(0, 10), 1), to: today };
}

/** The parameters as the services read them; a period turned round is put the right way, a too long one cut. */
export function toDashboardFilter(params: DashboardParams, today: string): DashboardFilter {
  const fallback = defaultPeriod(today);
  let from = params.fran ?? fallback.from;
  let to = params.till ?? fallback.to;
  if (from > to) [from, to] = [to, from];
  const earliest = addDaysIso(to, -MAX_PERIOD_DAYS);
  if (from < earliest) from = earliest;
  return {
    from,
    to,
    programme: params.program ?? null,
    kind: params.insats ? KIND_SLUGS[params.insats] : null,
    providerId: params.anordnare ?? null,
    unitId: params.enhet ?? null,
    municipalityCode: params.kommun ?? null,
    gender: params.kon ? GENDER_SLUGS[params.kon] : null,
    ageBand: params.alder ?? null,
    mode: params.satt ? MODE_SLUGS[params.satt] : null,
  };
}

/** The filter parameters of `searchParams`; never throws. */
export function readDashboardParams(searchParams: Record<string, string | string[] | undefined>): DashboardParams {
  const parsed = dashboardFilterParams.safeParse(searchParams);
  return parsed.success ? parsed.data : {};
}

/** Parses `searchParams` straight to the filter; never throws. */
export function parseDashboardParams(searchParams: Record<string, string | string[] | undefined>, today: string): { params: DashboardParams; filter: DashboardFilter } {
  const params = readDashboardParams(searchParams);
  return { params, filter: toDashboardFilter(params, today) };
}

/**
 * The text of the provider search field (`anordnarsok`): undefined when the address has none (a bookmark
 * naming the provider by id), "" when the coordinator emptied the field.
 */
export function parseProviderSearch(searchParams: Record<string, string | string[] | undefined>): string | undefined {
  return providerSearch.parse(searchParams.anordnarsok);
}

const providerSearch = z.preprocess(first, z.string().transform((text) => text.normalize("NFC").trim().slice(0, PROVIDER_NAME_MAX)).optional()).catch(undefined);

/** The query string of these parameters (no defaults, fixed order), for links and export addresses. */
export function dashboardQuery(params: DashboardParams): string {
  const query = new URLSearchParams();
  for (const key of Object.keys(dashboardFilterParams.shape) as (keyof DashboardParams)[]) {
    const value = params[key];
    if (value) query.set(key, value);
  }
  return query.toString();
}
