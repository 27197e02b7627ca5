// One INSERT … SELECT per table, from the plan's temporary tables. A new column or table is one edit here.
import { type Statement, TAG, words } from "./helpers";
import type { ScaleSize } from "./sizes";

export type TableLoad = {
  table: string;
  /** Rows it writes, roughly: the progress bar's weight. */
  rows: number;
  /** Run once, or in slices of the plan's placement numbers ($1 ≤ j < $2) so that the bar moves. */
  statement: Statement;
  slices?: { count: number; of: number };
};

const id = (tag: keyof typeof TAG, n: string) => `pg_temp.uid(${TAG[tag]}, ${n})`;
/** The first user number of the anordnare (after every unit's case officers). */
const FIRST_PROVIDER_USER = "(SELECT sum(officers) FROM scale_staff)::int";
const at = (day: string, hour: number) => `(${day} + TIME '${String(hour).padStart(2, "0")}:00') AT TIME ZONE 'Europe/Stockholm'`;
const name = (n: string, salt: number) =>
  `CASE WHEN pg_temp.rnd(${n}, ${salt}) < 0.5 THEN pg_temp.pick(${words("female")}, pg_temp.rnd(${n}, ${salt + 1})) ELSE pg_temp.pick(${words("male")}, pg_temp.rnd(${n}, ${salt + 1})) END
   || ' ' || pg_temp.pick(${words("surname")}, pg_temp.rnd(${n}, ${salt + 2}))`;

/** The participant's copies on placements (and their current stage), stage assessments and outcomes (migration dashboard_participant_copies). */
const COPIES = `"participantGender", "participantProgramme", "participantUnitId", "participantMunicipalityCode", "participantBirth"`;
/** A plan table with its participant's fields beside each row (p_…), under its own name. */
const withPerson = (table: string) =>
  `(SELECT t.*, pp.gender AS p_gender, pp.programme AS p_programme, pp.u AS p_u, pp.code AS p_code, pp.birth AS p_birth, last.level AS p_level
    FROM ${table} t JOIN scale_person pp ON pp.i = t.i JOIN scale_stage last ON last.i = pp.i AND last.k = pp.n_sa) ${table}`;
/** The copies' values: the birth date as YYYYMMDD, as the personnummer gives it once a samordningsnummer's 60 is taken off. */
const copies = () => `p_gender::"Gender", p_programme, ${id("unit", "p_u")}, p_code, to_char(p_birth, 'YYYYMMDD')::int`;

export function tableLoads(size: ScaleSize, today: string, passwordHash: string): TableLoad[] {
  const M = size.municipalities;
  return [
    {
      table: "Unit",
      rows: 2 * M,
      statement: { text: `INSERT INTO "Unit" ("id", "name", "kind", "municipalityCode", "createdAt")
        SELECT ${id("unit", "u")}, name, kind, code, now() FROM scale_unit` },
    },
    {
      table: "Provider",
      rows: size.providers,
      statement: { text: `INSERT INTO "Provider" ("id", "organisationNumber", "name", "kind", "municipalityCode", "fieldsOfWork", "capacity",
          "interestReceivedOn", "interestStatus", "contactName", "contactEmail", "unitId", "active", "createdAt", "updatedAt", "version")
        SELECT ${id("provider", "p")}, substr(nine, 1, 6) || '-' || substr(nine, 7) || pg_temp.luhn(nine),
          CASE kind WHEN 'EMPLOYER' THEN pg_temp.pick(${words("provider_word")}, pg_temp.rnd(p, 53)) || ' i ' || municipality || ' AB'
                    WHEN 'ASF' THEN pg_temp.pick(${words("provider_word")}, pg_temp.rnd(p, 53)) || 'kooperativet ' || municipality || ' ekonomisk förening'
                    WHEN 'MUNICIPAL' THEN municipality || ' kommun, ' || lower(field)
                    ELSE pg_temp.pick(${words("provider_word")}, pg_temp.rnd(p, 53)) || 'föreningen i ' || municipality END,
          kind, code, ARRAY[field], 1 + floor(pg_temp.rnd(p, 54) * 15)::int,
          DATE '${today}' - floor(pg_temp.rnd(p, 55) * ${size.years * 365})::int, 'APPROVED',
          ${name("p", 56)}, 'kontakt' || p || '@anordnare.stegvis.example', ${id("unit", "m")}, true, now(), now(), 1
        FROM (SELECT sp.*, '5599' || lpad(p::text, 5, '0') AS nine FROM scale_provider sp) s` },
    },
    {
      table: "User",
      rows: size.participants / 60 + size.providers + 2 * M,
      statement: {
        text: `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "unitId", "providerId", "createdAt", "updatedAt")
          SELECT ${id("user", "n")}, email, ${name("n", 70)}, $1, role::"Role", unit, provider, now(), now() FROM (
            SELECT st.first_officer + k AS n, 'handlaggare.' || st.u || '.' || (k + 1) || '@skala.stegvis.example' AS email,
                   'HANDLAGGARE' AS role, ${id("unit", "st.u")} AS unit, NULL::uuid AS provider
            FROM scale_staff st, generate_series(0, st.officers - 1) k
            UNION ALL
            SELECT ${FIRST_PROVIDER_USER} + p, 'anordnare.' || p || '@skala.stegvis.example', 'ANORDNARE', NULL, ${id("provider", "p")} FROM scale_provider
            UNION ALL
            SELECT ${FIRST_PROVIDER_USER} + ${size.providers} + u, 'koordinator.' || u || '@skala.stegvis.example', 'KOORDINATOR', ${id("unit", "u")}, NULL FROM scale_unit
            UNION ALL
            SELECT ${FIRST_PROVIDER_USER} + ${size.providers} + ${2 * M}, 'admin@skala.stegvis.example', 'ADMIN', NULL, NULL
            UNION ALL
            SELECT ${FIRST_PROVIDER_USER} + ${size.providers} + ${2 * M} + 1, 'koordinator.nationell@skala.stegvis.example', 'KOORDINATOR', NULL, NULL
            UNION ALL
            SELECT ${FIRST_PROVIDER_USER} + ${size.providers} + ${2 * M} + 2, 'koordinator.kommun@skala.stegvis.example', 'KOORDINATOR', NULL, NULL
          ) users`,
        values: [passwordHash],
      },
    },
    {
      // Each unit's coordinator sees their unit; one sees the whole country, one the largest municipality.
      table: "CoordinatorScope",
      rows: 2 * M,
      statement: { text: `INSERT INTO "CoordinatorScope" ("id", "userId", "unitId", "municipalityCode", "national", "grantedById")
        SELECT ${id("scope", "n")}, ${id("user", "n")}, unit, municipality, national, ${id("user", `${FIRST_PROVIDER_USER} + ${size.providers} + ${2 * M}`)} FROM (
          SELECT ${FIRST_PROVIDER_USER} + ${size.providers} + u AS n, ${id("unit", "u")} AS unit, NULL AS municipality, false AS national FROM scale_unit
          UNION ALL
          SELECT ${FIRST_PROVIDER_USER} + ${size.providers} + ${2 * M} + 1, NULL, NULL, true
          UNION ALL
          SELECT ${FIRST_PROVIDER_USER} + ${size.providers} + ${2 * M} + 2, NULL, code, false FROM scale_municipality WHERE rank = 1
        ) scopes` },
    },
    {
      table: "Supervisor",
      rows: size.providers,
      statement: { text: `INSERT INTO "Supervisor" ("id", "providerId", "name", "title", "active")
        SELECT ${id("supervisor", "p")}, ${id("provider", "p")}, ${name("p", 57)}, 'Handledare', true FROM scale_provider` },
    },
    {
      table: "Participant",
      rows: size.participants,
      statement: { text: `INSERT INTO "Participant" ("id", "personalIdentityNumber", "isCoordinationNumber", "firstName", "lastName", "gender",
          "municipalityCode", "programme", "jobCompensableDays", "compensation", "unitId", "responsibleOfficerId", "protectedIdentity",
          "consentDate", "currentStage", "createdAt", "updatedAt", "version")
        SELECT ${id("participant", "p.i")}, to_char(birth, 'YYYY') || mmdd || serial || pg_temp.luhn(to_char(birth, 'YY') || mmdd || serial),
          coordination,
          CASE WHEN programme = 'ETP' THEN pg_temp.pick(CASE WHEN gender = 'MALE' OR (gender <> 'FEMALE' AND p.i % 2 = 1) THEN ${words("etp_male")} ELSE ${words("etp_female")} END, pg_temp.rnd(p.i, 9))
               WHEN gender = 'OTHER' THEN pg_temp.pick(${words("neutral")}, pg_temp.rnd(p.i, 9))
               ELSE pg_temp.pick(CASE WHEN gender = 'MALE' OR (gender <> 'FEMALE' AND p.i % 2 = 1) THEN ${words("male")} ELSE ${words("female")} END, pg_temp.rnd(p.i, 9)) END,
          pg_temp.pick(CASE WHEN programme = 'ETP' THEN ${words("etp_surname")} ELSE ${words("surname")} END, pg_temp.rnd(p.i, 10)),
          gender, code, programme, job_days,
          CASE programme WHEN 'JOB' THEN 'ACTIVITY_SUPPORT' WHEN 'UGA' THEN 'DEVELOPMENT_COMPENSATION' ELSE 'ESTABLISHMENT_BENEFIT' END::"Compensation",
          ${id("unit", "p.u")}, ${id("user", "p.officer")}, pg_temp.rnd(p.i, 12) < 0.005, registered,
          (ARRAY['KOMMA_IGANG', 'PA_VAG', 'NASTAN_FRAMME'])[s.level + 1]::"Stage", ${at("registered", 9)}, ${at("registered", 9)}, 1
        FROM (SELECT scale_person.*, to_char(birth, 'MM') || lpad((extract(day FROM birth)::int + CASE WHEN coordination THEN 60 ELSE 0 END)::text, 2, '0') AS mmdd
              FROM scale_person) p
        JOIN scale_stage s ON s.i = p.i AND s.k = p.n_sa
        ORDER BY p.i` },
    },
    {
      table: "IndividualAssessment",
      rows: size.placements,
      statement: { text: `INSERT INTO "IndividualAssessment" ("id", "participantId", "date", "assessedById", "reasoning", "conclusion", "suitable", "createdAt")
        SELECT ${id("assessment", "j")}, ${id("participant", "i")}, decided, ${id("user", "officer")},
          pg_temp.pick(${words("reasoning")}, pg_temp.rnd(j, 38)), pg_temp.pick(${words("conclusion")}, pg_temp.rnd(j, 39)), true, ${at("decided", 10)}
        FROM scale_placement` },
    },
    {
      table: "Outcome",
      rows: size.placements / 3,
      statement: { text: `INSERT INTO "Outcome" ("id", "participantId", "kind", "date", "interruptReason", "recordedById", "createdAt", ${COPIES})
        SELECT ${id("outcome", "j")}, ${id("participant", "i")}, outcome, end_day,
          CASE WHEN outcome = 'INTERRUPTED' THEN pg_temp.pick(${words("interrupt")}, pg_temp.rnd(j, 47)) END, ${id("user", "officer")}, ${at("end_day", 15)},
          ${copies()}
        FROM ${withPerson("scale_placement")} WHERE outcome IS NOT NULL` },
    },
    {
      table: "Placement",
      rows: size.placements,
      statement: { text: `INSERT INTO "Placement" ("id", "participantId", "providerId", "unitId", "supervisorId", "programme", "kind", "mode",
          "decisionDate", "decidedById", "startDate", "plannedEndDate", "actualEndDate", "periodNumber", "aioReason", "hoursPerWeek", "goals", "tasks",
          "assessmentId", "ruleSetId", "status", "endReasonCode", "endReason", "outcomeId", "lastFollowUpOn", "nextFollowUpDueOn",
          "createdAt", "updatedAt", "version", ${COPIES}, "participantStage")
        SELECT ${id("placement", "j")}, ${id("participant", "i")}, ${id("provider", "provider")}, ${id("unit", "u")}, ${id("supervisor", "provider")},
          programme, kind, mode, decided, ${id("user", "officer")}, start, planned_end, CASE WHEN status = 'ENDED' THEN end_day END, 1,
          CASE WHEN decided >= DATE '2023-10-01' THEN (ARRAY['NOT_AVAILABLE', 'NOT_IN_FIELD', 'QUEUE'])[1 + floor(pg_temp.rnd(j, 48) * 3)::int]::"AioReason" END,
          (ARRAY[10, 15, 20, 20, 25, 30, 40])[1 + floor(pg_temp.rnd(j, 49) * 7)::int],
          pg_temp.pick(${words("goal")}, pg_temp.rnd(j, 58)), pg_temp.pick(${words("task")}, pg_temp.rnd(j, 59)),
          ${id("assessment", "j")}, CASE WHEN decided >= DATE '2023-10-01' THEN 'AF-2023-10-01' ELSE 'AF-2018-01-01' END, status,
          CASE WHEN status <> 'ENDED' THEN NULL
               WHEN outcome IS NULL THEN 'COMPLETED'
               ELSE CASE outcome WHEN 'WORK' THEN 'STARTED_WORK' WHEN 'STUDIES' THEN 'STARTED_STUDIES' WHEN 'WORK_TRIAL' THEN 'WORK_TRIAL'
                                 WHEN 'OTHER_MEASURE' THEN 'OTHER_MEASURE'
                                 ELSE CASE WHEN pg_temp.rnd(j, 47) < 0.5 THEN 'ILLNESS' ELSE 'DID_NOT_ATTEND' END END END::"EndReason",
          CASE WHEN status = 'CANCELLED' THEN pg_temp.pick(${words("cancelled")}, 0) END,
          CASE WHEN outcome IS NOT NULL THEN ${id("outcome", "j")} END, last_follow_up, next_due, ${at("decided", 11)}, ${at("decided", 11)}, 1, ${copies()},
          (ARRAY['KOMMA_IGANG', 'PA_VAG', 'NASTAN_FRAMME'])[p_level + 1]::"Stage"
        FROM ${withPerson("scale_placement")} ORDER BY j` },
    },
    {
      table: "FollowUp",
      rows: size.followUps,
      slices: { count: 20, of: size.placements },
      statement: { text: `INSERT INTO "FollowUp" ("id", "placementId", "date", "authorId", "attendance", "tasks", "abilities", "concerns", "hasConcern",
          "proposedStage", "participantView", "remoteReview", "status", "submittedAt", "reviewedById", "reviewedAt", "createdAt", "updatedAt", "version",
          "periodFrom", "periodTo", "plannedHours", "attendedHours", "remoteIsolated", "remoteMoveOnSite", "remoteConcern")
        SELECT ${id("followUp", "f")}, ${id("placement", "j")}, day, ${id("user", `${FIRST_PROVIDER_USER} + provider`)},
          (ARRAY['AS_AGREED', 'AS_AGREED', 'AS_AGREED', 'AS_AGREED', 'AS_AGREED', 'MOSTLY', 'MOSTLY', 'MOSTLY', 'PARTLY', 'RARELY'])[att]::"Attendance",
          pg_temp.pick(${words("fu_task")}, pg_temp.rnd(f, 81)),
          CASE WHEN pg_temp.rnd(f, 82) < 0.85 THEN pg_temp.pick(${words("abilities_good")}, pg_temp.rnd(f, 83)) ELSE pg_temp.pick(${words("abilities_struggling")}, pg_temp.rnd(f, 83)) END,
          CASE WHEN pg_temp.rnd(f, 84) < 0.08 THEN pg_temp.pick(${words("concern")}, pg_temp.rnd(f, 85)) END, pg_temp.rnd(f, 84) < 0.08,
          CASE WHEN pg_temp.rnd(f, 86) < 0.05 THEN (ARRAY['KOMMA_IGANG', 'PA_VAG', 'NASTAN_FRAMME'])[1 + floor(pg_temp.rnd(f, 87) * 3)::int]::"Stage" END,
          CASE WHEN pg_temp.rnd(f, 88) < 0.3 THEN pg_temp.pick(${words("view")}, pg_temp.rnd(f, 89)) END,
          CASE WHEN mode <> 'ON_SITE' THEN pg_temp.pick(${words("remote_review")}, pg_temp.rnd(f, 90)) END,
          state::"FollowUpStatus", CASE WHEN state <> 'DRAFT' THEN midnight + INTERVAL '15 hours' END,
          CASE WHEN state = 'REVIEWED' THEN ${id("user", "officer")} END, CASE WHEN state = 'REVIEWED' THEN midnight + INTERVAL '58 hours' END,
          midnight + INTERVAL '14 hours', midnight + INTERVAL '15 hours', 1,
          -- The covered period and hours (two weeks of the placement's hours, attended by the attendance band).
          greatest(start, day - 13), day, 2 * hours, round(2 * hours * (ARRAY[1, 1, 1, 1, 1, 0.85, 0.85, 0.85, 0.6, 0.25])[att])::int,
          CASE WHEN mode <> 'ON_SITE' THEN pg_temp.rnd(f, 91) < 0.1 END, CASE WHEN mode <> 'ON_SITE' THEN pg_temp.rnd(f, 92) < 0.15 END,
          mode <> 'ON_SITE' AND pg_temp.rnd(f, 91) < 0.1
        FROM (
          SELECT dated.*, ${at("day", 0)} AS midnight, 1 + floor(pg_temp.rnd(f, 80) * 10)::int AS att,
                 CASE WHEN nth = fu_n AND last_is_draft THEN 'DRAFT' WHEN day >= DATE '${today}' - 14 THEN 'SUBMITTED' ELSE 'REVIEWED' END AS state
          FROM (
            SELECT pl.j, pl.provider, pl.officer, pl.mode, pl.start, (ARRAY[10, 15, 20, 20, 25, 30, 40])[1 + floor(pg_temp.rnd(pl.j, 49) * 7)::int] AS hours, pl.fu_n, pl.last_is_draft, nth, pl.fu_off + nth - 1 AS f,
                   pg_temp.fu_date(pl.start, pl.span, pl.fu_n, nth) AS day
            FROM scale_placement pl, generate_series(1, pl.fu_n) nth
            WHERE pl.j >= $1 AND pl.j < $2
            OFFSET 0
          ) dated
        ) f` },
    },
    {
      table: "StageAssessment",
      rows: size.stageAssessments,
      statement: { text: `INSERT INTO "StageAssessment" ("id", "participantId", "stage", "date", "assessedById", "reason", "createdAt", "previousStage", "stayEndedOn",
          ${COPIES})
        SELECT ${id("stage", "s")}, ${id("participant", "i")}, (ARRAY['KOMMA_IGANG', 'PA_VAG', 'NASTAN_FRAMME'])[level + 1]::"Stage", day, ${id("user", "officer")},
          CASE WHEN previous IS NULL THEN pg_temp.pick(${words("stage_start")}, 0)
               WHEN level > previous AND level = 1 THEN pg_temp.pick(${words("to_pa_vag")}, pg_temp.rnd(s, 61))
               WHEN level > previous THEN pg_temp.pick(${words("to_nastan_framme")}, pg_temp.rnd(s, 61))
               WHEN level < previous THEN pg_temp.pick(${words("stage_back")}, pg_temp.rnd(s, 61))
               ELSE pg_temp.pick(${words("stage_same")}, 0) END,
          ${at("day", 9)} + make_interval(mins => k),
          (ARRAY['KOMMA_IGANG', 'PA_VAG', 'NASTAN_FRAMME'])[previous + 1]::"Stage",
          CASE WHEN previous IS DISTINCT FROM level THEN lead(day) OVER (PARTITION BY i, previous IS DISTINCT FROM level ORDER BY k) END,
          ${copies()}
        FROM ${withPerson("scale_stage")} ORDER BY s` },
    },
  ];
}
