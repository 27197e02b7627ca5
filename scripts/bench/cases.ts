// What `npm run bench` measures. Adding a query is one entry in DASHBOARD (or CASES).
import type pg from "pg";
import { addDaysIso } from "../../lib/rules";
import { listCaseload } from "../../lib/server/caseload";
import { ENDING_SOON_DAYS, stageOverview } from "../../lib/server/dashboard";
import { getParticipantCase } from "../../lib/server/participant-case";
import { listProviderPlacements } from "../../lib/server/provider-placements";
import { DEFAULT_CASELOAD_FILTER, parseSearch, type CaseloadFilter } from "../../lib/validation/caseload-filter";
import type { Actors } from "./actors";
import { caseloadSql, stageOverviewSql } from "./sql";

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

/** The coordinator's dashboard: every query its page runs. The page's whole data is these, at once. */
const DASHBOARD: { name: string; app: (c: Context) => Promise<unknown>; sql: (c: Context) => Promise<unknown> }[] = [
  {
    name: "Steg och placeringar (stageOverview)",
    app: ({ actors }) => stageOverview(actors.coordinator),
    sql: ({ actors, pool, today }) => stageOverviewSql(pool, actors.coordinator.unitId!, today, addDaysIso(today, ENDING_SOON_DAYS)),
  },
];

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
  return [
    ...DASHBOARD.map((q) => ({ name: q.name, group: "dashboard" as const, app: () => q.app(context), sql: () => q.sql(context) })),
    {
      name: "Hela översiktens data",
      group: "dashboard",
      app: () => Promise.all(DASHBOARD.map((q) => q.app(context))),
      sql: () => Promise.all(DASHBOARD.map((q) => q.sql(context))),
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
