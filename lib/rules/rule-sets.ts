/**
 * The programme rules as dated data. A decision uses the rule set in force on
 * its decision date. A change of law or guideline is a new entry in
 * {@link RULE_SETS} plus its tests; nothing outside lib/rules changes.
 */
import type { BuiltInProgramme, IsoDate, PlacementKind } from "./codes";
import { assertIsoDate } from "./dates";

/** Where the durations, the repeated assessment and AIO come from (seed 002). */
export const AF_GUIDELINES = "Arbetsförmedlingen, Arbetsträning – för arbetsgivare och anordnare (riktlinjer)";
/** The cut-off for förstärkt arbetsträning med fördjupad bedömning, and procured services first. */
export const AF_DECISION_2023 = "Arbetsförmedlingens beslut 2023-05-29, gäller från 2023-10-01";
/** The follow-up cadence is Stegvis's own product decision, not a programme rule. */
export const STEGVIS_FOLLOW_UP = "Stegvis produktbeslut om uppföljning";

/** One row of the duration table: the longest period of one kind in one programme. */
export interface DurationLimit {
  programme: BuiltInProgramme;
  kind: PlacementKind;
  maxMonths: number;
  /**
   * The row applies only when the participant has had at least this many days
   * in JOB for which compensation can be paid, counted at the period's start.
   * Among the rows that apply, the one with the highest threshold wins.
   */
  minJobCompensableDays?: number;
  source: string;
}

/** A kind that is no longer assigned to decisions dated on or after `from`. */
export interface KindWithdrawal {
  kind: PlacementKind;
  from: IsoDate;
  source: string;
}

/** "Procured service first": a placement in these programmes records why AIO could not be used. */
export interface ProcuredServiceFirst {
  programmes: readonly BuiltInProgramme[];
  from: IsoDate;
  source: string;
}

/** How often a placement is followed up, in days. */
export interface FollowUpRules {
  /** The first follow-up is due at most this many days after the start. */
  firstWithinDays: number;
  /** Days between follow-ups, by kind, for a placement at the workplace. */
  intervalDays: Record<PlacementKind, number>;
  /** Days between follow-ups for a remote or mixed placement, when shorter than the kind's. */
  remoteOrMixedIntervalDays: number;
  /** A follow-up is "due soon" from this many days before it is due. */
  dueSoonDays: number;
  source: string;
}

export interface RuleSet {
  id: string;
  /** The first decision date the set applies to. */
  effectiveFrom: IsoDate;
  /** A Swedish title for the rule table. */
  title: string;
  source: string;
  durationLimits: readonly DurationLimit[];
  withdrawnKinds: readonly KindWithdrawal[];
  procuredServiceFirst: ProcuredServiceFirst | null;
  /** An individual assessment before every period (seed 002); the source of that rule. */
  individualAssessment: { source: string };
  followUp: FollowUpRules;
}

// Seed 002: "Arbetsträning får pågå som längst: 6 månader för deltagare i jobb- och
// utvecklingsgarantin, 12 månader för de som deltagit i jobb- och utvecklingsgarantin
// i 450 dagar som det kan lämnas ersättning för, 3 månader för deltagare i jobbgarantin
// för ungdomar, 6 månader för deltagare i etableringsprogrammet." and "Förstärkt
// arbetsträning får pågå som längst: 12 månader för deltagare i jobb- och
// utvecklingsgarantin, 6 månader för deltagare i jobbgarantin för ungdomar, 12 månader
// för deltagare i etableringsprogrammet."
const AF_DURATION_LIMITS: readonly DurationLimit[] = [
  { programme: "JOB", kind: "ARBETSTRANING",           maxMonths: 6,                              source: AF_GUIDELINES },
  { programme: "JOB", kind: "ARBETSTRANING",           maxMonths: 12, minJobCompensableDays: 450, source: AF_GUIDELINES },
  { programme: "JOB", kind: "FORSTARKT_ARBETSTRANING", maxMonths: 12,                             source: AF_GUIDELINES },
  { programme: "UGA", kind: "ARBETSTRANING",           maxMonths: 3,                              source: AF_GUIDELINES },
  { programme: "UGA", kind: "FORSTARKT_ARBETSTRANING", maxMonths: 6,                              source: AF_GUIDELINES },
  { programme: "ETP", kind: "ARBETSTRANING",           maxMonths: 6,                              source: AF_GUIDELINES },
  { programme: "ETP", kind: "FORSTARKT_ARBETSTRANING", maxMonths: 12,                             source: AF_GUIDELINES },
];

// The seed gives fördjupad bedömning no limit of its own; while it was assigned
// it is held to the limits of förstärkt arbetsträning.
const FORDJUPAD_LIMITS = `${AF_GUIDELINES}, samma gräns som för förstärkt arbetsträning`;
const FORDJUPAD_DURATION_LIMITS: readonly DurationLimit[] = [
  { programme: "JOB", kind: "FORSTARKT_FORDJUPAD", maxMonths: 12, source: FORDJUPAD_LIMITS },
  { programme: "UGA", kind: "FORSTARKT_FORDJUPAD", maxMonths: 6,  source: FORDJUPAD_LIMITS },
  { programme: "ETP", kind: "FORSTARKT_FORDJUPAD", maxMonths: 12, source: FORDJUPAD_LIMITS },
];

// A product decision (docs/rules.md): the first follow-up within 14 days, then every
// 4 weeks for arbetsträning and every 2 weeks for förstärkt or remote/mixed placements.
const FOLLOW_UP: FollowUpRules = {
  firstWithinDays: 14,
  intervalDays: { ARBETSTRANING: 28, FORSTARKT_ARBETSTRANING: 14, FORSTARKT_FORDJUPAD: 14 },
  remoteOrMixedIntervalDays: 14,
  dueSoonDays: 3,
  source: STEGVIS_FOLLOW_UP,
};

/**
 * All rule sets, oldest first; the tests hold that order.
 *
 * The earliest set also answers for decisions dated before its effectiveFrom:
 * its 2018-01-01 is the day etableringsprogrammet began, so the earliest day
 * all three programmes existed, not a day the seed gives for these limits. A
 * refusal there would leave older placements, when registered afterwards,
 * with no limit to explain them.
 */
export const RULE_SETS: readonly RuleSet[] = [
  {
    id: "AF-2018-01-01",
    effectiveFrom: "2018-01-01",
    title: "Arbetsförmedlingens riktlinjer före 2023-10-01",
    source: AF_GUIDELINES,
    durationLimits: [...AF_DURATION_LIMITS, ...FORDJUPAD_DURATION_LIMITS],
    withdrawnKinds: [],
    procuredServiceFirst: null,
    individualAssessment: { source: AF_GUIDELINES },
    followUp: FOLLOW_UP,
  },
  {
    id: "AF-2023-10-01",
    effectiveFrom: "2023-10-01",
    title: "Arbetsförmedlingens riktlinjer från 2023-10-01",
    source: `${AF_GUIDELINES}; ${AF_DECISION_2023}`,
    durationLimits: AF_DURATION_LIMITS,
    // Seed 002: "Från och med 1 oktober upphör förmedlarna på Arbetsförmedlingen att
    // anvisa till tjänsten förstärkt arbetsträning med fördjupad bedömning."
    withdrawnKinds: [{ kind: "FORSTARKT_FORDJUPAD", from: "2023-10-01", source: AF_DECISION_2023 }],
    // Seed 002: "Arbetsträning och förstärkt arbetsträning kan också komma i fråga om den
    // upphandlade tjänsten ”Arbetsintegrerande övningsplatser” inte finns tillgänglig, inte
    // finns inom den sökandes kompetensområde eller om det är kö till tjänsten."
    procuredServiceFirst: { programmes: ["JOB", "UGA", "ETP"], from: "2023-10-01", source: AF_DECISION_2023 },
    individualAssessment: { source: AF_GUIDELINES },
    followUp: FOLLOW_UP,
  },
];

/**
 * The rule set in force on `decisionDate`: the latest one whose effectiveFrom
 * is on or before it, or the earliest set for a date before all of them.
 *
 * @throws RangeError on a malformed date
 */
export function ruleSetFor(decisionDate: IsoDate): RuleSet {
  assertIsoDate(decisionDate);
  // ISO dates sort as strings, so a string comparison is a date comparison.
  const inForce = RULE_SETS.filter((set) => set.effectiveFrom <= decisionDate);
  return inForce.at(-1) ?? RULE_SETS[0]!;
}
