// What `npm run bench` measures. Adding a query is one entry in DASHBOARD (or CASES).
import type pg from "pg";
import { listCaseload } from "../../lib/server/caseload";
import { coverageDescription, coverageFor } from "../../lib/server/coordinator-scope";
import { dashboardNow, dashboardPeriod, ENDING_SOON_DAYS } from "../../lib/server/dashboard";
import { dashboardFilterOptions } from "../../lib/server/dashboard/options";
import { PROVIDER_CHOICES, resolveProviderFilter } from "../../lib/server/dashboard/provider-filter";
import { getParticipantCase } from "../../lib/server/participant-case";
import { listProviderPlacements } from "../../lib/server/provider-placements";
import { DEFAULT_CASELOAD_FILTER, parseSearch, type CaseloadFilter } from "../../lib/validation/caseload-filter";
import { parseDashboardParams, type DashboardFilter } from "../../lib/validation/dashboard-filter";
import type { Actors } from "./actors";
import { filterOptionsSql, nowSql, periodSql, providerSearchSql } from "./dashboard-sql";
import { caseloadSql } from "./sql";

export type Group = "dashboard" | "caseload" | "provider" | "participant";

export type BenchCase = {
  name: string;
  group: Group;
  /** The app's way: the service function, as the page calls it. */
  app: () => Promise<unknown>;
  /** The same numbers by the best hand-written SQL; absent where no ratio is asked for. */
  sql?: () => Promise<unknown>;
};

type Context = { actors: Actors; pool: pg.Pool; today: string };

/**
 * The coordinator's dashboard, as its page asks for it: every query, for the national coordinator (the most
 * rows) with the default filter (the last 12 months). The page's whole data is these at once.
 */
type DashboardQuery = { name: string; app: (c: Context, f: DashboardFilter) => Promise<unknown>; sql: (c: Context, f: DashboardFilter) => Promise<unknown> };
const DASHBOARD: DashboardQuery[] = [
  {
    name: "Nu (dashboardNow)",
    app: ({ actors }, f) => dashboardNow(actors.coordinator, f),
    sql: ({ actors, pool, today }, f) => nowSql(pool, actors.coordinator.id, f, today, ENDING_SOON_DAYS),
  },
  {
    name: "Perioden (dashboardPeriod)",
    app: ({ actors }, f) => dashboardPeriod(actors.coordinator, f),
    sql: ({ actors, pool }, f) => periodSql(pool, actors.coordinator.id, f),
  },
  { name: "Filtervalen (dashboardFilterOptions)", app: () => dashboardFilterOptions(), sql: ({ pool }) => filterOptionsSql(pool) },
];

/** The page also reads the coverage and its description before and beside the figures. */
async function wholePage(context: Context, filter: DashboardFilter) {
  const coverage = await coverageFor(context.actors.coordinator);
  return Promise.all([...DASHBOARD.map((q) => q.app(context, filter)), coverageDescription(coverage!)]);
}

const caseload = (changes: Partial<CaseloadFilter>): CaseloadFilter => ({ ...DEFAULT_CASELOAD_FILTER, ...changes });

export function benchCases(context: Context): BenchCase[] {
  const { actors, pool } = context;
  const caseloads: { name: string; filter: CaseloadFilter }[] = [
    { name: "Mina deltagare, sida 1", filter: caseload({}) },
    { name: `Alla på enheten (${actors.unitParticipants}), sida 1`, filter: caseload({ who: "enheten" }) },
    { name: "Alla på enheten, sida 40", filter: caseload({ who: "enheten", page: 40 }) },
    { name: `Sök efternamn "${actors.surname.slice(0, 4).toLowerCase()}"`, filter: caseload({ who: "enheten", search: parseSearch(actors.surname.slice(0, 4).toLowerCase()) }) },
    { name: "Sök personnummer ÅÅMMDD", filter: caseload({ who: "enheten", search: parseSearch(actors.numberPrefix.slice(2)) }) },
  ];
  const all = parseDashboardParams({}, context.today).filter;
  const narrowed = parseDashboardParams({ program: "JOB", kon: "kvinna" }, context.today).filter;
  return [
    ...DASHBOARD.map((q) => ({ name: q.name, group: "dashboard" as const, app: () => q.app(context, all), sql: () => q.sql(context, all) })),
    ...DASHBOARD.slice(0, 2).map((q) => ({
      name: `${q.name}, JOB och kvinnor`,
      group: "dashboard" as const,
      app: () => q.app(context, narrowed),
      sql: () => q.sql(context, narrowed),
    })),
    {
      name: WHOLE_DASHBOARD,
      group: "dashboard",
      app: () => wholePage(context, all),
      sql: () => Promise.all(DASHBOARD.map((q) => q.sql(context, all))),
    },
    {
      name: 'Anordnarsökningen "ab" (resolveProviderFilter)',
      group: "dashboard",
      app: () => resolveProviderFilter(undefined, "ab"),
      sql: () => providerSearchSql(pool, "ab", PROVIDER_CHOICES + 1),
    },
    ...caseloads.map(({ name, filter }) => ({
      name: `Ärendelista: ${name}`,
      group: "caseload" as const,
      app: () => listCaseload(actors.officer, filter),
      sql: () => caseloadSql(pool, actors.officer, filter),
    })),
    { name: "Anordnarens startsida (listProviderPlacements)", group: "provider", app: () => listProviderPlacements(actors.anordnare) },
    { name: "Deltagarens sida (getParticipantCase)", group: "participant", app: () => getParticipantCase(actors.officer, actors.participantId) },
  ];
}

/** The dashboard case that stands for the whole page (its p95 goal). */
export const WHOLE_DASHBOARD = "Hela översiktens data";
