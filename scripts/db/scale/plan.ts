// The plan: temporary tables that decide who, where and when, before any row of the real tables is written.
// Every number comes from rnd(index, salt), so the same size and day give the same data.
import { type Statement, words } from "./helpers";
import type { ScaleSize } from "./sizes";

/** Birth days available for personnummer: 46 years, so everyone is 18 to 64 today. */
const BIRTH_DAYS = 16_800;
/** Skatteverket's test birth numbers 980–999: 10 per sex and day. */
const SERIALS_PER_SEX = 10;

export function assertPlannable(size: ScaleSize): void {
  for (const [key, value] of Object.entries(size)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`${key} måste vara ett positivt heltal (fick ${value}).`);
  }
  if (size.providers < 2 * size.municipalities) throw new RangeError("minst två anordnare per kommun behövs.");
  if (size.stageAssessments < size.participants) throw new RangeError("minst en stegbedömning per deltagare behövs.");
  if (size.participants > BIRTH_DAYS * SERIALS_PER_SEX) throw new RangeError(`högst ${BIRTH_DAYS * SERIALS_PER_SEX} deltagare får unika testpersonnummer.`);
}

/**
 * `natural` counts per row, rescaled so that they sum to exactly `total` (each row's share of the running
 * sum, rounded down), and the running offset of each row's first child.
 */
const exactly = (count: string, total: number, order: string) => {
  const natural = `(${count})`;
  return `
  (floor(${total}::numeric * sum(${natural}) OVER (ORDER BY ${order}) / greatest(sum(${natural}) OVER (), 1))
   - floor(${total}::numeric * (sum(${natural}) OVER (ORDER BY ${order}) - ${natural}) / greatest(sum(${natural}) OVER (), 1)))::int`;
};

export function planStatements(size: ScaleSize, today: string): Statement[] {
  const M = size.municipalities;
  const horizon = size.years * 365;
  const sql = [
    // Municipalities by size: the four largest first, the rest in a fixed shuffled order, weighted 1/rank^0.9.
    `CREATE TEMP TABLE scale_municipality AS
     WITH ranked AS (
       SELECT m.*, row_number() OVER (ORDER BY array_position(ARRAY['Stockholm', 'Göteborg', 'Malmö', 'Uppsala'], name) NULLS LAST, pg_temp.rnd(m, 11)) AS rank
       FROM scale_input_municipality m
     ), weighted AS (SELECT ranked.*, power(rank, -0.9) AS w FROM ranked)
     SELECT m, code, name, rank, rank <= ceil(${M} / 3.0) AS has_af,
            ((sum(w) OVER (ORDER BY m) - w) / sum(w) OVER ())::float8 AS cum_lo
     FROM weighted`,

    // A municipal labour-market unit everywhere (u = m), an Arbetsförmedlingen office in the larger third (u = M + m).
    `CREATE TEMP TABLE scale_unit AS
     SELECT m AS u, m, 'MUNICIPALITY'::"UnitKind" AS kind, 'Arbetsmarknadsenheten ' || name AS name, code FROM scale_municipality
     UNION ALL
     SELECT ${M} + m, m, 'ARBETSFORMEDLINGEN'::"UnitKind", 'Arbetsförmedlingen ' || name, code FROM scale_municipality WHERE has_af`,

    // Providers: two in every municipality, the rest where people live.
    `CREATE TEMP TABLE scale_provider AS
     SELECT p, m.m, m.code, m.name AS municipality,
            (ARRAY['EMPLOYER', 'EMPLOYER', 'EMPLOYER', 'EMPLOYER', 'EMPLOYER', 'ASF', 'MUNICIPAL', 'MUNICIPAL', 'NON_PROFIT', 'NON_PROFIT'])[1 + floor(pg_temp.rnd(p, 51) * 10)::int]::"ProviderKind" AS kind,
            pg_temp.pick(${words("field")}, pg_temp.rnd(p, 52)) AS field
     FROM generate_series(0, ${size.providers - 1}) p
     JOIN scale_municipality m ON m.m = CASE WHEN p < 2 * ${M} THEN p % ${M}
       ELSE width_bucket(pg_temp.rnd(p, 50), (SELECT array_agg(cum_lo ORDER BY m) FROM scale_municipality)) - 1 END`,
    `CREATE TEMP TABLE scale_municipality_providers AS SELECT m, array_agg(p ORDER BY p) AS providers FROM scale_provider GROUP BY m`,

    // Participants: where, who, which programme (by age today), how many placements and stage assessments.
    `CREATE TEMP TABLE scale_participant AS
     WITH base AS (
       SELECT i,
              width_bucket(pg_temp.rnd(i, 1), (SELECT array_agg(cum_lo ORDER BY m) FROM scale_municipality)) - 1 AS m,
              (DATE '${today}' - INTERVAL '64 years')::date + ((i * 7919) % ${BIRTH_DAYS})::int AS birth,
              i / ${BIRTH_DAYS} AS block,
              CASE WHEN pg_temp.rnd(i, 2) < 0.49 THEN 'FEMALE' WHEN pg_temp.rnd(i, 2) < 0.98 THEN 'MALE'
                   WHEN pg_temp.rnd(i, 2) < 0.99 THEN 'OTHER' ELSE 'UNKNOWN' END::"Gender" AS gender,
              CASE WHEN pg_temp.rnd(i, 4) < 0.05 THEN 0 WHEN pg_temp.rnd(i, 4) < 0.30 THEN 1 WHEN pg_temp.rnd(i, 4) < 0.75 THEN 2
                   WHEN pg_temp.rnd(i, 4) < 0.90 THEN 3 ELSE 4 END AS pl_natural,
              (ARRAY[1, 2, 3, 4, 4, 5, 5, 5, 6, 5])[1 + floor(pg_temp.rnd(i, 5) * 10)::int] AS sa_natural
       FROM generate_series(0, ${size.participants - 1}) i
     ), aged AS (
       SELECT base.*, extract(year FROM age(DATE '${today}', birth))::int AS age FROM base
     ), counted AS (
       SELECT aged.*,
              CASE WHEN age <= 24 THEN CASE WHEN pg_temp.rnd(i, 6) < 0.85 THEN 'UGA' ELSE 'ETP' END
                   ELSE CASE WHEN pg_temp.rnd(i, 6) < 0.28 THEN 'ETP' ELSE 'JOB' END END AS programme,
              ${exactly("pl_natural", size.placements, "i")} AS n_pl,
              1 + ${exactly("sa_natural - 1", size.stageAssessments - size.participants, "i")} AS n_sa
       FROM aged
     )
     SELECT counted.*,
            (sum(n_pl) OVER (ORDER BY i) - n_pl)::int AS pl_off,
            (sum(n_sa) OVER (ORDER BY i) - n_sa)::int AS sa_off,
            CASE WHEN s.has_af AND pg_temp.rnd(i, 7) < 0.6 THEN ${M} + counted.m ELSE counted.m END AS u,
            s.code,
            CASE WHEN programme = 'JOB' THEN floor(pg_temp.rnd(i, 8) * 900)::int END AS job_days,
            pg_temp.rnd(i, 3) < 0.03 AS coordination,
            980 + 2 * block + CASE gender WHEN 'FEMALE' THEN 0 WHEN 'MALE' THEN 1 ELSE (i % 2)::int END AS serial
     FROM counted JOIN scale_municipality s ON s.m = counted.m`,

    // Case officers per unit (one per 60 participants, at least two) and where each unit's run of user numbers starts.
    `CREATE TEMP TABLE scale_staff AS
     WITH counts AS (
       SELECT su.u, greatest(2, ceil(count(sp.i) / 60.0))::int AS officers
       FROM scale_unit su LEFT JOIN scale_participant sp ON sp.u = su.u GROUP BY su.u
     )
     SELECT u, officers, (sum(officers) OVER (ORDER BY u) - officers)::int AS first_officer FROM counts`,

    // Placements relative to the participant's first day: kind, mode, months within lib/rules' limits, a gap before each.
    `CREATE TEMP TABLE scale_placement_relative AS
     WITH pl AS (
       SELECT sp.i, k, sp.pl_off + k - 1 AS j, sp.programme, sp.job_days, sp.m,
              CASE WHEN pg_temp.rnd(sp.pl_off + k - 1, 30) < 0.62 THEN 'ARBETSTRANING' ELSE 'FORSTARKT_ARBETSTRANING' END AS base_kind
       FROM scale_participant sp, generate_series(1, sp.n_pl) k
     ), limited AS (
       SELECT pl.*,
              CASE WHEN programme = 'UGA' THEN CASE base_kind WHEN 'ARBETSTRANING' THEN 3 ELSE 6 END
                   WHEN base_kind = 'ARBETSTRANING' THEN CASE WHEN programme = 'JOB' AND job_days >= 450 THEN 12 ELSE 6 END
                   ELSE 12 END AS max_months,
              1 + floor(pg_temp.rnd(j, 32) * 60)::int AS gap
       FROM pl
     ), sized AS (
       SELECT limited.*, 1 + floor(pg_temp.rnd(j, 33) * max_months)::int AS months FROM limited
     )
     SELECT sized.*, (sum(31 * months + gap) OVER (PARTITION BY i ORDER BY k))::int - 31 * months AS start_offset,
            (sum(31 * months + gap) OVER (PARTITION BY i))::int AS total_days
     FROM sized`,

    // Each participant's first day: inside the history, 18 or older, and such that the last placement starts at
    // most 30 days from today (only the latest placement can be under way today, as in real life).
    `CREATE TEMP TABLE scale_person AS
     WITH spans AS (
       SELECT sp.*, coalesce(r.total_days, 0) AS total_days, coalesce(r.last_start, 0) AS last_start,
              greatest(DATE '${today}' - ${horizon}, (sp.birth + INTERVAL '18 years')::date) AS lo
       FROM scale_participant sp
       LEFT JOIN (SELECT i, max(total_days) AS total_days, max(start_offset) AS last_start FROM scale_placement_relative GROUP BY i) r ON r.i = sp.i
     ), based AS (
       SELECT spans.*,
              CASE WHEN DATE '${today}' + 30 - last_start <= lo THEN lo
                   ELSE lo + floor(pg_temp.rnd(i, 40) * (DATE '${today}' + 30 - last_start - lo))::int END AS first_day
       FROM spans
     )
     SELECT based.*, least(first_day, DATE '${today}') AS registered,
            least(DATE '${today}', first_day + greatest(total_days, 30)) AS history_end,
            st.first_officer + (i % st.officers)::int AS officer
     FROM based JOIN scale_staff st ON st.u = based.u`,
    `CREATE UNIQUE INDEX ON scale_person (i)`,

    // Placements in calendar days, their status today, outcome, and their follow-ups (counts rescaled to the total).
    `CREATE TEMP TABLE scale_placement AS
     WITH dated AS (
       SELECT r.*, p.first_day + r.start_offset AS start, p.u, p.officer, p.gender, p.n_pl, mp.providers AS choices
       FROM scale_placement_relative r JOIN scale_person p ON p.i = r.i JOIN scale_municipality_providers mp ON mp.m = r.m
     ), timed AS (
       SELECT dated.*, choices[1 + floor(pg_temp.rnd(j, 34) * cardinality(choices))::int] AS provider,
              (start + make_interval(months => months))::date - 1 AS planned_end,
              start - 1 - floor(pg_temp.rnd(j, 35) * 14)::int AS decided,
              CASE WHEN pg_temp.rnd(j, 36) < 0.80 THEN 'ON_SITE' WHEN pg_temp.rnd(j, 36) < 0.87 THEN 'REMOTE' ELSE 'MIXED' END::"PlacementMode" AS mode,
              CASE WHEN base_kind = 'FORSTARKT_ARBETSTRANING' AND start < DATE '2023-09-15' AND pg_temp.rnd(j, 37) < 0.15
                   THEN 'FORSTARKT_FORDJUPAD' ELSE base_kind END::"PlacementKind" AS kind
       FROM dated
     ), ended AS (
       SELECT timed.*,
              CASE WHEN pg_temp.rnd(j, 42) < 0.25 THEN start + floor(pg_temp.rnd(j, 43) * (planned_end - start))::int ELSE planned_end END AS end_day
       FROM timed
     ), statused AS (
       SELECT ended.*,
              CASE WHEN pg_temp.rnd(j, 41) < 0.02 THEN 'CANCELLED' WHEN start > DATE '${today}' THEN 'PLANNED'
                   WHEN end_day < DATE '${today}' THEN 'ENDED' ELSE 'ACTIVE' END::"PlacementStatus" AS status,
              CASE WHEN kind = 'ARBETSTRANING' AND mode = 'ON_SITE' THEN 28 ELSE 14 END AS interval_days
       FROM ended
     ), spanned AS (
       SELECT statused.*,
              CASE status WHEN 'ENDED' THEN end_day - start
                          WHEN 'ACTIVE' THEN DATE '${today}' - start - CASE WHEN pg_temp.rnd(j, 44) < 0.15 THEN 30 ELSE 0 END
                          ELSE -1 END AS span,
              CASE WHEN status = 'ENDED' AND k = n_pl THEN
                (ARRAY['WORK', 'STUDIES', 'WORK_TRIAL', 'OTHER_MEASURE', 'INTERRUPTED'])[width_bucket(
                  least(0.9999, pg_temp.rnd(j, 46) + CASE WHEN gender = 'FEMALE' AND programme = 'ETP' THEN 0.04 ELSE 0 END),
                  CASE programme WHEN 'UGA' THEN ARRAY[0, 0.35, 0.60, 0.65, 0.85] WHEN 'ETP' THEN ARRAY[0, 0.28, 0.50, 0.55, 0.85]
                                 ELSE ARRAY[0, 0.22, 0.28, 0.40, 0.80] END)]
              END::"OutcomeKind" AS outcome
       FROM statused
     ), naturally AS (
       SELECT spanned.*, CASE WHEN span < 14 THEN 0 ELSE 1 + (span - 14) / interval_days END AS fu_natural FROM spanned
     ), counted AS (
       SELECT naturally.*, ${exactly("fu_natural", size.followUps, "j")} AS fu_n FROM naturally
     ), drafted AS (
       SELECT counted.*, (sum(fu_n) OVER (ORDER BY j) - fu_n)::int AS fu_off,
              status = 'ACTIVE' AND fu_n > 0 AND pg_temp.rnd(j, 45) < 0.1 AS last_is_draft
       FROM counted
     ), followed AS (
       SELECT drafted.*,
              CASE WHEN fu_n = 0 OR (last_is_draft AND fu_n = 1) THEN NULL
                   WHEN last_is_draft THEN pg_temp.fu_date(start, span, fu_n, fu_n - 1)
                   ELSE pg_temp.fu_date(start, span, fu_n, fu_n) END AS last_follow_up
       FROM drafted
     )
     SELECT followed.*,
            CASE WHEN status IN ('ACTIVE', 'PLANNED') THEN coalesce(last_follow_up + interval_days, start + 14) END AS next_due
     FROM followed`,

    // Stage assessments spread over each participant's history: a walk that mostly moves forward, sometimes back.
    `CREATE TEMP TABLE scale_stage AS
     WITH steps AS (
       SELECT p.i, k, p.sa_off + k - 1 AS s, p.officer, p.n_sa,
              p.registered + ((k - 1) * (p.history_end - p.registered)) / p.n_sa AS day,
              CASE WHEN k = 1 THEN CASE WHEN pg_temp.rnd(p.sa_off + k - 1, 60) < 0.85 THEN 0 ELSE 1 END
                   WHEN pg_temp.rnd(p.sa_off + k - 1, 60) < 0.4 THEN 1 WHEN pg_temp.rnd(p.sa_off + k - 1, 60) < 0.85 THEN 0 ELSE -1 END AS step
       FROM scale_person p, generate_series(1, p.n_sa) k
     ), walked AS (
       SELECT steps.*, least(2, greatest(0, sum(step) OVER (PARTITION BY i ORDER BY k)))::int AS level FROM steps
     )
     SELECT walked.*, lag(level) OVER (PARTITION BY i ORDER BY k) AS previous FROM walked`,
    `CREATE UNIQUE INDEX ON scale_stage (i, k)`,
    `ANALYZE scale_person; ANALYZE scale_placement; ANALYZE scale_stage`,
  ];
  return sql.map((text) => ({ text }));
}
