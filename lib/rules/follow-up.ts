/**
 * When a placement is next followed up, and whether that is on time.
 * The cadence is a product decision held in the rule set, so the anordnare's
 * list, the dashboards and their SQL all use the same numbers.
 */
import type { IsoDate, PlacementKind, PlacementMode } from "./codes";
import { addDaysIso, assertIsoDate, daysBetween } from "./dates";
import { RULE_SETS, ruleSetFor, type RuleSet } from "./rule-sets";

export type FollowUpStatus = "ON_TIME" | "DUE_SOON" | "OVERDUE";

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  ON_TIME: "I tid",
  DUE_SOON: "Snart dags",
  OVERDUE: "Försenad",
};

export interface FollowUpCadence {
  /** The first follow-up is due this many days after the start. */
  firstWithinDays: number;
  /** Then this many days after the latest follow-up. */
  intervalDays: number;
  /** "Due soon" from this many days before the due date. */
  dueSoonDays: number;
  ruleSetId: string;
  source: string;
}

export interface FollowUpInput {
  startDate: IsoDate;
  kind: PlacementKind;
  mode: PlacementMode;
  /** The latest follow-up; one dated before the start does not count. */
  lastFollowUpDate?: IsoDate | null;
  /** Chooses the rule set; defaults to startDate. */
  decisionDate?: IsoDate;
}

/**
 * The follow-up numbers for a kind and mode: every 4 weeks for arbetsträning,
 * every 2 weeks for förstärkt or for a remote or mixed placement (the shorter
 * interval wins).
 *
 * @param decisionDate chooses the rule set; without it, the newest rule set
 *   (the numbers a dashboard shows today)
 * @throws RangeError on a malformed date
 */
export function followUpCadence(kind: PlacementKind, mode: PlacementMode, decisionDate?: IsoDate): FollowUpCadence {
  const ruleSet: RuleSet = decisionDate === undefined ? RULE_SETS.at(-1)! : ruleSetFor(decisionDate);
  const rules = ruleSet.followUp;
  const intervalDays =
    mode === "ON_SITE" ? rules.intervalDays[kind] : Math.min(rules.intervalDays[kind], rules.remoteOrMixedIntervalDays);
  return {
    firstWithinDays: rules.firstWithinDays,
    intervalDays,
    dueSoonDays: rules.dueSoonDays,
    ruleSetId: ruleSet.id,
    source: rules.source,
  };
}

/**
 * The date by which the next follow-up is due: start + firstWithinDays until
 * the first follow-up is logged, then the latest follow-up + intervalDays.
 *
 * @throws RangeError on a malformed date
 */
export function nextFollowUpDue(input: FollowUpInput): IsoDate {
  assertIsoDate(input.startDate);
  const last = input.lastFollowUpDate ?? null;
  if (last !== null) assertIsoDate(last);
  const cadence = followUpCadence(input.kind, input.mode, input.decisionDate ?? input.startDate);
  return last !== null && last >= input.startDate
    ? addDaysIso(last, cadence.intervalDays)
    : addDaysIso(input.startDate, cadence.firstWithinDays);
}

/**
 * OVERDUE after the due date, DUE_SOON from dueSoonDays before it up to and
 * including the due date, ON_TIME before that.
 *
 * @throws RangeError on a malformed date
 */
export function followUpStatus(input: FollowUpInput & { today: IsoDate }): FollowUpStatus {
  const daysLeft = daysBetween(input.today, nextFollowUpDue(input));
  if (daysLeft < 0) return "OVERDUE";
  const { dueSoonDays } = followUpCadence(input.kind, input.mode, input.decisionDate ?? input.startDate);
  return daysLeft <= dueSoonDays ? "DUE_SOON" : "ON_TIME";
}
