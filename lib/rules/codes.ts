/**
 * The closed vocabularies of the rules, as runtime lists (for form options and
 * schema enums) and as the types derived from them.
 */

/** A calendar date written "YYYY-MM-DD"; no time, no time zone. */
export type IsoDate = string;

/** Arbetsförmedlingen's programmes that the rule sets know by name. */
export const BUILT_IN_PROGRAMMES = ["JOB", "UGA", "ETP"] as const;
export type BuiltInProgramme = (typeof BUILT_IN_PROGRAMMES)[number];

/**
 * A programme code: one of the built-in ones, or the code of a
 * {@link CustomProgramme} from configuration. `string & {}` keeps editor
 * completion for the built-in codes while accepting any configured code.
 */
export type Programme = BuiltInProgramme | (string & {});

export const PLACEMENT_KINDS = ["ARBETSTRANING", "FORSTARKT_ARBETSTRANING", "FORSTARKT_FORDJUPAD"] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** Why the procured service "Arbetsintegrerande övningsplatser" could not be used (seed 002). */
export const AIO_REASONS = ["NOT_AVAILABLE", "NOT_IN_FIELD", "QUEUE"] as const;
export type AioReason = (typeof AIO_REASONS)[number];

/** Where the participant trains: at the workplace, from home, or both (seed 003). */
export const PLACEMENT_MODES = ["ON_SITE", "REMOTE", "MIXED"] as const;
export type PlacementMode = (typeof PLACEMENT_MODES)[number];

/**
 * Why a placement or a limit was refused. INVALID_INPUT is not a programme
 * rule: it reports a malformed date or number, so that the checks can promise
 * never to throw on anything their types allow.
 */
export const VIOLATION_CODES = [
  "EXCEEDS_MAX_DURATION",
  "END_BEFORE_START",
  "KIND_NOT_ASSIGNABLE",
  "MISSING_AIO_REASON",
  "MISSING_ASSESSMENT",
  "OVERLAPS_EXISTING",
  "UNKNOWN_PROGRAMME",
  "LATE_REGISTRATION",
  "INVALID_INPUT",
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/**
 * A programme that is not Arbetsförmedlingen's, such as a municipality's own
 * labour-market measure or a Finsam project, configured by an admin.
 * A kind without a number here cannot be assigned in that programme.
 */
export interface CustomProgramme {
  code: string;
  /** The name as it should appear inside a Swedish sentence, e.g. "Unga Kvinnor". */
  name: string;
  /** Longest period per kind, in whole months (at least 1). */
  maxMonths: Partial<Record<PlacementKind, number>>;
  /** Where the limits come from, e.g. "Beslut i socialnämnden 2025-03-12". */
  source: string;
}

export const isAioReason = (value: unknown): value is AioReason =>
  (AIO_REASONS as readonly unknown[]).includes(value);
