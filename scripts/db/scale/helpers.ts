// What every plan and table statement shares: deterministic randomness, ids, word lists.
import { MUNICIPALITIES } from "../../../lib/domain/municipalities";
import * as T from "../../../prisma/seed/content";
import type { ScaleSize } from "./sizes";

/** One SQL statement with its parameters. */
export type Statement = { text: string; values?: unknown[] };

/**
 * Session-local functions (schema pg_temp, gone when the connection closes):
 * - rnd(i, salt): a number in [0, 1) that depends only on its arguments, so every run builds the same data;
 * - uid(tag, i): the i-th id of the table numbered `tag`, so rows can point at each other by arithmetic;
 * - pick(words, x): the word at fraction x of the list;
 * - luhn(digits): the check digit of a personnummer or organisationsnummer;
 * - fu_date(start, span, n, k): the k-th of n follow-ups spread over `span` days after `start`, the first
 *   at most 14 days in (lib/rules' firstWithinDays), the last about half an interval before the span ends.
 */
export const FUNCTIONS: Statement[] = [
  `CREATE FUNCTION pg_temp.rnd(i bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT (hashint8extended(i, salt) & 2147483647)::float8 / 2147483648.0 $$`,
  `CREATE FUNCTION pg_temp.uid(tag int, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT (lpad(to_hex(tag), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid $$`,
  `CREATE FUNCTION pg_temp.pick(words text[], x float8) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT words[1 + floor(x * cardinality(words))::int] $$`,
  `CREATE FUNCTION pg_temp.luhn(digits text) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
     SELECT (10 - sum(CASE WHEN k % 2 = 1 THEN (2 * substr(digits, k, 1)::int) / 10 + (2 * substr(digits, k, 1)::int) % 10
                           ELSE substr(digits, k, 1)::int END)::int % 10) % 10
     FROM generate_series(1, length(digits)) k $$`,
  `CREATE FUNCTION pg_temp.fu_date(start date, span int, n int, k int) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
     AS $$ SELECT start + least(span, 14) + ((k - 1) * greatest(span - 14, 0) * 2) / greatest(2 * n - 1, 1) $$`,
].map((text) => ({ text }));

/** Ids by table: uid(TAG.participant, i) is the i-th participant. */
export const TAG = { unit: 1, user: 2, provider: 3, supervisor: 4, participant: 5, placement: 6, assessment: 7, followUp: 8, stage: 9, outcome: 10, scope: 11 } as const;

const FIELDS = Object.keys(T.FIELD_TEXTS);
const WORDS: Record<string, readonly string[]> = {
  female: T.FEMALE_NAMES,
  male: T.MALE_NAMES,
  neutral: T.NEUTRAL_NAMES,
  surname: T.SURNAMES,
  etp_female: T.ETP_FEMALE_NAMES,
  etp_male: T.ETP_MALE_NAMES,
  etp_surname: T.ETP_SURNAMES,
  field: FIELDS,
  goal: FIELDS.flatMap((f) => T.FIELD_TEXTS[f]!.goals),
  task: FIELDS.flatMap((f) => T.FIELD_TEXTS[f]!.tasks),
  fu_task: FIELDS.flatMap((f) => T.FIELD_TEXTS[f]!.followUpTasks),
  abilities_good: T.ABILITIES_GOOD,
  abilities_struggling: T.ABILITIES_STRUGGLING,
  concern: T.CONCERNS,
  view: T.PARTICIPANT_VIEWS,
  remote_review: T.REMOTE_REVIEWS,
  reasoning: T.ASSESSMENT_REASONING,
  conclusion: T.ASSESSMENT_CONCLUSIONS,
  stage_start: [T.STAGE_REASONS.start],
  to_pa_vag: T.STAGE_REASONS.toPaVag,
  to_nastan_framme: T.STAGE_REASONS.toNastanFramme,
  stage_back: T.STAGE_REASONS.back,
  stage_same: ["Ingen förändring av steget vid avstämningen."],
  interrupt: T.INTERRUPT_REASONS,
  cancelled: [T.CANCELLED_REASON],
  provider_word: ["Lager", "Bygg", "Café", "Fastighetsservice", "Trädgård", "Återbruk", "Måleri", "Städ", "Transport", "Kök", "Butik", "Verkstad", "Omsorg", "Kontorsservice"],
};

/** The word list `key` inside a statement, read once per statement (an uncorrelated subquery). */
export function words(key: keyof typeof WORDS & string): string {
  if (!Object.hasOwn(WORDS, key)) throw new Error(`unknown word list ${key}`);
  return `(SELECT words FROM scale_words WHERE key = '${key}')`;
}

/** The temporary tables that hold the word lists and the municipalities this size uses. */
export function vocabulary(size: ScaleSize): Statement[] {
  const municipalities = MUNICIPALITIES.slice(0, size.municipalities);
  return [
    { text: "CREATE TEMP TABLE scale_words (key text PRIMARY KEY, words text[] NOT NULL)" },
    {
      text: "INSERT INTO scale_words SELECT key, ARRAY(SELECT jsonb_array_elements_text($2::jsonb -> key)) FROM unnest($1::text[]) AS key",
      values: [Object.keys(WORDS), JSON.stringify(WORDS)],
    },
    { text: "CREATE TEMP TABLE scale_input_municipality (m int PRIMARY KEY, code char(4) NOT NULL, name text NOT NULL)" },
    {
      text: "INSERT INTO scale_input_municipality SELECT (n - 1)::int, code, name FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(code, name, n)",
      values: [municipalities.map((m) => m.code), municipalities.map((m) => m.name)],
    },
  ];
}
