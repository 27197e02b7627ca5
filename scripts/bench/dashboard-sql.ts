// The dashboard's figures straight through pg: the coverage read and the same hand-written statements
// that lib/server/dashboard/queries.ts holds, without Prisma, the services' suppression or anything else.
import type pg from "pg";
import { SUPPRESSION_THRESHOLD } from "../../lib/rules/suppression";
import { Prisma } from "../../lib/server/generated/prisma/client";
import { coverageOf, type Coverage, type ScopeGrant } from "../../lib/server/dashboard/coverage";
import * as Q from "../../lib/server/dashboard/queries";
import type { DashboardFilter } from "../../lib/validation/dashboard-filter";

type Reader = Parameters<typeof Q.participantsByStage>[0];

/** A `$queryRaw` that runs the statement on a pg pool: the tagged template, or a ready Prisma.Sql. */
export function pgReader(pool: pg.Pool): Reader {
  const $queryRaw = async (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
    const statement = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[]));
    return (await pool.query(statement.text, statement.values)).rows;
  };
  return { $queryRaw } as unknown as Reader;
}

export async function coverageSql(pool: pg.Pool, userId: string): Promise<Coverage> {
  const { rows } = await pool.query<ScopeGrant>(`SELECT "unitId", "municipalityCode", national FROM "CoordinatorScope" WHERE "userId" = $1`, [userId]);
  const coverage = coverageOf(rows);
  if (!coverage) throw new Error("koordinatorn saknar omfattning i skaldatan");
  return coverage;
}

export async function nowSql(pool: pg.Pool, userId: string, filter: DashboardFilter, today: string, endingSoonDays: number) {
  const reader = pgReader(pool);
  const coverage = await coverageSql(pool, userId);
  return Promise.all([
    Q.participantsByStage(reader, coverage, filter),
    Q.activeByProgrammeAndKind(reader, coverage, filter),
    Q.activeByMode(reader, coverage, filter),
    Q.endingSoon(reader, coverage, filter, today, endingSoonDays),
    Q.overdueByProvider(reader, coverage, filter, today),
  ]);
}

export async function periodSql(pool: pg.Pool, userId: string, filter: DashboardFilter) {
  const reader = pgReader(pool);
  const coverage = await coverageSql(pool, userId);
  return Promise.all([
    Q.periodParticipants(reader, coverage, filter, SUPPRESSION_THRESHOLD),
    Q.stageFlows(reader, coverage, filter),
    Q.timeInStage(reader, coverage, filter),
    Q.placementsByMonth(reader, coverage, filter, "started"),
    Q.placementsByMonth(reader, coverage, filter, "ended"),
    Q.outcomesAtExit(reader, coverage, filter),
  ]);
}

/** Providers by a part of the name, as the dashboard's provider field searches them. */
export function providerSearchSql(pool: pg.Pool, text: string, limit: number) {
  return pool.query(`SELECT id, name, "organisationNumber" FROM "Provider" WHERE active AND name ILIKE '%' || $1 || '%' ORDER BY name, id LIMIT $2`, [text, limit]);
}

export function filterOptionsSql(pool: pg.Pool) {
  return Promise.all([
    pool.query(`SELECT code, name FROM "CustomProgramme" WHERE active ORDER BY name`),
    pool.query(`SELECT id, name FROM "Unit" ORDER BY name`),
  ]);
}
