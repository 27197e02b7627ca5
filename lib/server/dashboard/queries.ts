// Not "server-only": the bench runs these same queries outside Next.
/**
 * Every figure of the coordinator dashboard as one SQL statement, aggregated in the database. Typed raw
 * SQL (tagged templates with Prisma.sql fragments: values are always bind parameters, never spliced
 * text) because Prisma's groupBy cannot bucket by month, group by a related model's field, take a
 * window function or a median. The numbers are raw counts: the services suppress them.
 *
 * Definitions (docs/architecture.md, "Dashboard"):
 * - Coverage and the participant filters (programme, unit, municipality, gender, age band) are on the
 *   participant: their programme, their unit now, the municipality they live in, their age on the
 *   period's last day from the birth date in the personnummer. Placements, stage assessments and outcomes
 *   carry copies of these, placements also of the current stage (migration dashboard_participant_copies,
 *   kept by the database), so the queries read them from the row itself and never join Participant.
 * - The placement filters (kind, provider, mode) select placements; a figure about participants counts
 *   those with a matching placement: an active one for "now", one overlapping the period otherwise.
 */
import { addDaysIso } from "@/lib/rules";
import type { DashboardFilter } from "@/lib/validation/dashboard-filter";
import { AGE_BANDS } from "@/lib/validation/dashboard-filter";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { OutcomeKind, PlacementKind, PlacementMode, Stage } from "../generated/prisma/enums";
import type { Coverage, GenderGroup } from "./coverage";

type Reader = Pick<PrismaClient, "$queryRaw">;
const { sql, empty, join, raw } = Prisma;

/** Whole years subtracted from an ISO day, as the birth date bound YYYYMMDD (as a number, to compare with the personnummer's). */
const yearsBefore = (day: string, years: number): number => Number(`${Number(day.slice(0, 4)) - years}${day.slice(5, 7)}${day.slice(8, 10)}`);

/** Where a query finds the participant's fields: on Participant `pa` itself, or the copies on row `t`. */
type Person = { gender: Prisma.Sql; programme: Prisma.Sql; unitId: Prisma.Sql; municipalityCode: Prisma.Sql; birth: Prisma.Sql };

const ON_PARTICIPANT: Person = {
  gender: raw(`pa."gender"`),
  programme: raw(`pa."programme"`),
  unitId: raw(`pa."unitId"`),
  municipalityCode: raw(`pa."municipalityCode"`),
  // The birth date as the number YYYYMMDD (a samordningsnummer has 60 added to the day); the copies hold the same.
  birth: raw(`(substr(pa."personalIdentityNumber", 1, 8)::int - CASE WHEN pa."isCoordinationNumber" THEN 60 ELSE 0 END)`),
};

const copiesOn = (t: "pl" | "sa" | "o"): Person => ({
  gender: raw(`${t}."participantGender"`),
  programme: raw(`${t}."participantProgramme"`),
  unitId: raw(`${t}."participantUnitId"`),
  municipalityCode: raw(`${t}."participantMunicipalityCode"`),
  birth: raw(`${t}."participantBirth"`),
});
const PL = copiesOn("pl");
const SA = copiesOn("sa");
const O = copiesOn("o");

const genderGroup = (p: Person) => sql`(CASE ${p.gender} WHEN 'FEMALE' THEN 'F' WHEN 'MALE' THEN 'M' ELSE 'O' END)`;

/** The coordinator's coverage on the participant's fields. */
function coverageCondition(p: Person, coverage: Coverage): Prisma.Sql {
  if (coverage.national) return sql`TRUE`;
  return sql`(${p.unitId} = ANY(${coverage.unitIds}::uuid[]) OR ${p.municipalityCode} = ANY(${coverage.municipalityCodes}::text[]))`;
}

/** Coverage and the participant filters on the participant's fields. */
function participantCondition(p: Person, coverage: Coverage, f: DashboardFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [coverageCondition(p, coverage)];
  if (f.programme) parts.push(sql`${p.programme} = ${f.programme}`);
  if (f.unitId) parts.push(sql`${p.unitId} = ${f.unitId}::uuid`);
  if (f.municipalityCode) parts.push(sql`${p.municipalityCode} = ${f.municipalityCode}`);
  if (f.gender) parts.push(sql`${p.gender} = ${f.gender}::"Gender"`);
  if (f.ageBand) {
    const band = AGE_BANDS[f.ageBand];
    // Age min..max on day `to`: born after (to − (max+1) years) and on or before (to − min years).
    parts.push(sql`${p.birth} > ${yearsBefore(f.to, band.max + 1)} AND ${p.birth} <= ${yearsBefore(f.to, band.min)}`);
  }
  return join(parts, " AND ");
}

/** The placement filters on placement `pl`. */
function placementCondition(f: DashboardFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [sql`TRUE`];
  if (f.kind) parts.push(sql`pl."kind" = ${f.kind}::"PlacementKind"`);
  if (f.providerId) parts.push(sql`pl."providerId" = ${f.providerId}::uuid`);
  if (f.mode) parts.push(sql`pl."mode" = ${f.mode}::"PlacementMode"`);
  return join(parts, " AND ");
}

const hasPlacementFilter = (f: DashboardFilter) => f.kind !== null || f.providerId !== null || f.mode !== null;

/** For period figures: the participant of row `t` had a matching placement overlapping the period (only when a placement filter is set). */
function periodPlacementExists(t: "sa" | "o", f: DashboardFilter): Prisma.Sql {
  if (!hasPlacementFilter(f)) return empty;
  return sql`AND EXISTS (SELECT 1 FROM "Placement" pl WHERE pl."participantId" = ${raw(`${t}."participantId"`)} AND pl."status" <> 'CANCELLED'
    AND pl."startDate" <= ${f.to}::date AND COALESCE(pl."actualEndDate", pl."plannedEndDate") >= ${f.from}::date AND ${placementCondition(f)})`;
}

/** Active placements, filtered on their own fields and their copies of the participant's. */
const activePlacements = (coverage: Coverage, f: DashboardFilter) =>
  sql`"Placement" pl WHERE pl."status" = 'ACTIVE' AND ${participantCondition(PL, coverage, f)} AND ${placementCondition(f)}`;

// ---- Now ----

export type StageGenderCount = { stage: Stage; gender: GenderGroup; count: number };

/** Participants on an active (matching) placement, by current stage and gender. */
export function participantsByStage(reader: Reader, coverage: Coverage, f: DashboardFilter): Promise<StageGenderCount[]> {
  return reader.$queryRaw<StageGenderCount[]>`
    SELECT pl."participantStage" AS stage, ${genderGroup(PL)} AS gender, count(DISTINCT pl."participantId")::int AS count
    FROM ${activePlacements(coverage, f)}
    GROUP BY 1, 2`;
}

export type ProgrammeKindCount = { programme: string; kind: PlacementKind; count: number };

/** Active placements by the participant's programme and the placement's kind. */
export function activeByProgrammeAndKind(reader: Reader, coverage: Coverage, f: DashboardFilter): Promise<ProgrammeKindCount[]> {
  return reader.$queryRaw<ProgrammeKindCount[]>`
    SELECT pl."participantProgramme" AS programme, pl."kind" AS kind, count(*)::int AS count
    FROM ${activePlacements(coverage, f)}
    GROUP BY 1, 2`;
}

export type ModeCount = { mode: PlacementMode; count: number };

/** Active placements by mode (on site, remote, mixed). */
export function activeByMode(reader: Reader, coverage: Coverage, f: DashboardFilter): Promise<ModeCount[]> {
  return reader.$queryRaw<ModeCount[]>`
    SELECT pl."mode" AS mode, count(*)::int AS count FROM ${activePlacements(coverage, f)} GROUP BY 1`;
}

export type GenderCount = { gender: GenderGroup; count: number };

/** Active placements whose planned end is within `days` days of today (today included), by gender. */
export function endingSoon(reader: Reader, coverage: Coverage, f: DashboardFilter, today: string, days: number): Promise<GenderCount[]> {
  return reader.$queryRaw<GenderCount[]>`
    SELECT ${genderGroup(PL)} AS gender, count(*)::int AS count FROM ${activePlacements(coverage, f)}
      AND pl."plannedEndDate" BETWEEN ${today}::date AND ${addDaysIso(today, days)}::date
    GROUP BY 1`;
}

export type ProviderCount = { providerId: string; providerName: string; count: number };

/** Active placements whose next follow-up was due before today, by provider. */
export function overdueByProvider(reader: Reader, coverage: Coverage, f: DashboardFilter, today: string): Promise<ProviderCount[]> {
  return reader.$queryRaw<ProviderCount[]>`
    SELECT pr."id" AS "providerId", pr."name" AS "providerName", o.count FROM (
      SELECT pl."providerId", count(*)::int AS count FROM ${activePlacements(coverage, f)}
        AND pl."nextFollowUpDueOn" < ${today}::date
      GROUP BY 1
    ) o JOIN "Provider" pr ON pr."id" = o."providerId"
    ORDER BY o.count DESC, pr."name"`;
}

// ---- Over a period ----

export type FlowCount = { from: Stage; to: Stage; gender: GenderGroup; count: number };

/**
 * Participants who moved from one stage to another within the period (backward moves included), by
 * gender. Each assessment is compared with the participant's previous one, whenever that was: the
 * database keeps that stage on the assessment (`previousStage`, migration dashboard_pre_aggregates), so the moves are an
 * index range on the date.
 */
export function stageFlows(reader: Reader, coverage: Coverage, f: DashboardFilter): Promise<FlowCount[]> {
  return reader.$queryRaw<FlowCount[]>`
    SELECT sa."previousStage" AS "from", sa."stage" AS "to", ${genderGroup(SA)} AS gender, count(DISTINCT sa."participantId")::int AS count
    FROM "StageAssessment" sa
    WHERE sa."date" BETWEEN ${f.from}::date AND ${f.to}::date AND sa."previousStage" <> sa."stage"
      AND ${participantCondition(SA, coverage, f)} ${periodPlacementExists("sa", f)}
    GROUP BY 1, 2, 3`;
}

/** `gender` null: all genders together. */
export type StageTime = { stage: Stage; gender: GenderGroup | null; spells: number; medianDays: number };

/**
 * Time in each stage: the days from the assessment that entered a stage to the participant's next one
 * with another stage, for stays that ended within the period; their number and median, by gender. The
 * database keeps each entering assessment's end (`stayEndedOn`, migration dashboard_pre_aggregates).
 */
export function timeInStage(reader: Reader, coverage: Coverage, f: DashboardFilter): Promise<StageTime[]> {
  return reader.$queryRaw<StageTime[]>`
    SELECT sa."stage" AS stage, ${genderGroup(SA)} AS gender, count(*)::int AS spells,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY sa."stayEndedOn" - sa."date")::float8 AS "medianDays"
    FROM "StageAssessment" sa
    WHERE sa."stayEndedOn" BETWEEN ${f.from}::date AND ${f.to}::date
      AND ${participantCondition(SA, coverage, f)} ${periodPlacementExists("sa", f)}
    GROUP BY GROUPING SETS ((sa."stage", ${genderGroup(SA)}), (sa."stage"))`;
}

/**
 * How many participants the period's figures are about, counted up to `atMost` (the answer only has to
 * say whether the group is too small to show): those in coverage and the participant filters with a
 * (matching) placement overlapping the period, and, with no placement filter, also those with a stage
 * assessment, an ended stay or an outcome in the period. With a placement filter every period figure is
 * limited to the first set already (`periodPlacementExists`). The probes are scalar subqueries, not
 * EXISTS: under OR, PostgreSQL turns EXISTS into hashed subplans that read every placement, assessment and
 * outcome of the period first (1.9 s on the scale data), where these stop at the fifth participant (10 ms).
 */
export async function periodParticipants(reader: Reader, coverage: Coverage, f: DashboardFilter, atMost: number): Promise<number> {
  const overlapping = sql`pl."status" <> 'CANCELLED' AND pl."startDate" <= ${f.to}::date AND COALESCE(pl."actualEndDate", pl."plannedEndDate") >= ${f.from}::date`;
  const rows = hasPlacementFilter(f)
    ? await reader.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM (
          SELECT DISTINCT pl."participantId" FROM "Placement" pl
          WHERE ${overlapping} AND ${participantCondition(PL, coverage, f)} AND ${placementCondition(f)} LIMIT ${atMost}
        ) g`
    : await reader.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM (
          SELECT 1 FROM "Participant" pa
          WHERE ${participantCondition(ON_PARTICIPANT, coverage, f)} AND (
            (SELECT 1 FROM "Placement" pl WHERE pl."participantId" = pa."id" AND ${overlapping} LIMIT 1) IS NOT NULL
            OR (SELECT 1 FROM "StageAssessment" sa WHERE sa."participantId" = pa."id"
              AND (sa."date" BETWEEN ${f.from}::date AND ${f.to}::date OR sa."stayEndedOn" BETWEEN ${f.from}::date AND ${f.to}::date) LIMIT 1) IS NOT NULL
            OR (SELECT 1 FROM "Outcome" o WHERE o."participantId" = pa."id" AND o."date" BETWEEN ${f.from}::date AND ${f.to}::date LIMIT 1) IS NOT NULL)
          LIMIT ${atMost}
        ) g`;
  return rows[0]?.count ?? 0;
}

export type MonthCount = { month: string; gender: GenderGroup; count: number };

/** Placements that started (`startDate`) or ended (`actualEndDate`) in the period, by month and gender. */
export function placementsByMonth(reader: Reader, coverage: Coverage, f: DashboardFilter, which: "started" | "ended"): Promise<MonthCount[]> {
  const day = which === "started" ? sql`pl."startDate"` : sql`pl."actualEndDate"`;
  const status = which === "started" ? sql`pl."status" IN ('ACTIVE', 'ENDED')` : sql`pl."status" = 'ENDED'`;
  return reader.$queryRaw<MonthCount[]>`
    SELECT to_char(${day}, 'YYYY-MM') AS month, ${genderGroup(PL)} AS gender, count(*)::int AS count
    FROM "Placement" pl
    WHERE ${status} AND ${day} BETWEEN ${f.from}::date AND ${f.to}::date
      AND ${participantCondition(PL, coverage, f)} AND ${placementCondition(f)}
    GROUP BY 1, 2`;
}

export type OutcomeCount = { kind: OutcomeKind; gender: GenderGroup; count: number };

/** Participants by their last outcome recorded within the period, by gender. */
export function outcomesAtExit(reader: Reader, coverage: Coverage, f: DashboardFilter): Promise<OutcomeCount[]> {
  return reader.$queryRaw<OutcomeCount[]>`
    WITH last AS (
      SELECT DISTINCT ON (o."participantId") o."participantId", o."kind", ${genderGroup(O)} AS gender
      FROM "Outcome" o
      WHERE o."date" BETWEEN ${f.from}::date AND ${f.to}::date
        AND ${participantCondition(O, coverage, f)} ${periodPlacementExists("o", f)}
      ORDER BY o."participantId", o."date" DESC, o."createdAt" DESC
    )
    SELECT "kind" AS kind, gender, count(*)::int AS count FROM last GROUP BY 1, 2`;
}

// ---- The SUS-shaped participant report ----

/** `gender` null: all genders together. */
export type MeasureRow = { programme: string; kind: PlacementKind; gender: GenderGroup | null; started: number; ended: number; medianDays: number | null };

/** Per measure (programme and kind) and gender: placements started and ended in the period, and the median days of those ended. */
export function measureInOut(reader: Reader, coverage: Coverage, f: DashboardFilter): Promise<MeasureRow[]> {
  return reader.$queryRaw<MeasureRow[]>`
    SELECT pl."participantProgramme" AS programme, pl."kind" AS kind, ${genderGroup(PL)} AS gender,
      count(*) FILTER (WHERE pl."startDate" BETWEEN ${f.from}::date AND ${f.to}::date AND pl."status" IN ('ACTIVE', 'ENDED'))::int AS started,
      count(*) FILTER (WHERE pl."status" = 'ENDED' AND pl."actualEndDate" BETWEEN ${f.from}::date AND ${f.to}::date)::int AS ended,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY pl."actualEndDate" - pl."startDate" + 1)
        FILTER (WHERE pl."status" = 'ENDED' AND pl."actualEndDate" BETWEEN ${f.from}::date AND ${f.to}::date))::float8 AS "medianDays"
    FROM "Placement" pl
    WHERE pl."status" IN ('ACTIVE', 'ENDED') AND pl."startDate" <= ${f.to}::date AND COALESCE(pl."actualEndDate", pl."plannedEndDate") >= ${f.from}::date
      AND ${participantCondition(PL, coverage, f)} AND ${placementCondition(f)}
    GROUP BY GROUPING SETS ((pl."participantProgramme", pl."kind", ${genderGroup(PL)}), (pl."participantProgramme", pl."kind"))`;
}

export type ExitSituationRow = { programme: string; kind: PlacementKind; outcome: OutcomeKind | null; gender: GenderGroup; count: number };

/** Placements ended in the period by measure, the outcome recorded for them (null: none recorded) and gender. */
export function situationAfterExit(reader: Reader, coverage: Coverage, f: DashboardFilter): Promise<ExitSituationRow[]> {
  return reader.$queryRaw<ExitSituationRow[]>`
    SELECT pl."participantProgramme" AS programme, pl."kind" AS kind, o."kind" AS outcome, ${genderGroup(PL)} AS gender, count(*)::int AS count
    FROM "Placement" pl LEFT JOIN "Outcome" o ON o."id" = pl."outcomeId"
    WHERE pl."status" = 'ENDED' AND pl."actualEndDate" BETWEEN ${f.from}::date AND ${f.to}::date
      AND ${participantCondition(PL, coverage, f)} AND ${placementCondition(f)}
    GROUP BY 1, 2, 3, 4`;
}
