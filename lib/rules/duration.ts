/** The longest period a decision allows, and the sentence that explains it. */
import type { CustomProgramme, IsoDate, PlacementKind, Programme, ViolationCode } from "./codes";
import { isIsoDate, isValidMonths, MAX_PERIOD_MONTHS, periodEnd } from "./dates";
import { KIND_LABELS, kindInSentence, programmeInSentence } from "./labels";
import { RULE_SETS, ruleSetFor, type RuleSet } from "./rule-sets";
import { invalidDate, type Violation } from "./violations";

export interface MaxPeriodInput {
  programme: Programme;
  kind: PlacementKind;
  startDate: IsoDate;
  /** Days in JOB for which compensation can be paid, counted at the period's start; 0 when absent. */
  jobCompensableDays?: number;
  /** Defaults to startDate. Chooses the rule set. */
  decisionDate?: IsoDate;
  customProgrammes?: readonly CustomProgramme[];
}

export type MaxPeriodResult =
  | { allowed: true; maxMonths: number; lastDay: IsoDate; ruleSetId: string; source: string; explanation: string }
  | { allowed: false; code: ViolationCode; explanation: string };

/** What the rules need to know about one decision. */
export interface RuleContext {
  programme: Programme;
  kind: PlacementKind;
  jobCompensableDays: number | undefined;
  ruleSet: RuleSet;
  customProgrammes: readonly CustomProgramme[];
}

/** A limit that applies, with the sentence naming its rule and source. */
export interface Limit {
  maxMonths: number;
  source: string;
  rule: string;
}

interface LimitRow {
  maxMonths: number;
  minJobCompensableDays?: number;
  source: string;
}

const months = (n: number): string => (n === 1 ? "1 månad" : `${n} månader`);

const isBuiltIn = (ctx: RuleContext): boolean => ctx.ruleSet.durationLimits.some((row) => row.programme === ctx.programme);

const customProgramme = (ctx: RuleContext): CustomProgramme | undefined =>
  isBuiltIn(ctx) ? undefined : ctx.customProgrammes.find((p) => p.code === ctx.programme);

/** UNKNOWN_PROGRAMME when the code is neither in the rule set nor configured. */
export function unknownProgramme(ctx: RuleContext): Violation | null {
  if (isBuiltIn(ctx) || customProgramme(ctx)) return null;
  return {
    code: "UNKNOWN_PROGRAMME",
    field: "programme",
    message:
      `Programmet ”${ctx.programme}” finns inte i Stegvis. Välj jobb- och utvecklingsgarantin, ` +
      "jobbgarantin för ungdomar, etableringsprogrammet eller ett program som har lagts upp i inställningarna.",
  };
}

/**
 * UNKNOWN_PROGRAMME when a participant or placement names a programme that is neither built in nor
 * configured (and active); null when the programme exists. Judged by the newest rule set.
 */
export function checkProgramme(programme: Programme, customProgrammes: readonly CustomProgramme[] = []): Violation | null {
  return unknownProgramme({ programme, kind: "ARBETSTRANING", jobCompensableDays: undefined, ruleSet: RULE_SETS.at(-1)!, customProgrammes });
}

/** KIND_NOT_ASSIGNABLE when the rule set has withdrawn the kind, whatever the programme. */
export function withdrawnKind(ctx: RuleContext): Violation | null {
  const withdrawal = ctx.ruleSet.withdrawnKinds.find((w) => w.kind === ctx.kind);
  if (!withdrawal) return null;
  return {
    code: "KIND_NOT_ASSIGNABLE",
    field: "kind",
    message:
      `${KIND_LABELS[ctx.kind]} anvisas inte i beslut från och med ${withdrawal.from} (${withdrawal.source}). ` +
      "Välj arbetsträning eller förstärkt arbetsträning.",
  };
}

/** The rows of the duration table for the programme and kind, built-in or configured. */
function limitRows(ctx: RuleContext): LimitRow[] {
  const custom = customProgramme(ctx);
  if (!custom) return ctx.ruleSet.durationLimits.filter((row) => row.programme === ctx.programme && row.kind === ctx.kind);
  const maxMonths = custom.maxMonths[ctx.kind];
  return maxMonths === undefined ? [] : [{ maxMonths, source: custom.source }];
}

const threshold = (row: LimitRow): number => row.minJobCompensableDays ?? 0;

const condition = (row: LimitRow, programme: string): string =>
  row.minJobCompensableDays === undefined
    ? ""
    : ` när deltagaren vid periodens start har deltagit i ${programme} i minst ${row.minJobCompensableDays} dagar som det kan lämnas ersättning för`;

/** "Arbetsträning i jobbgarantin för ungdomar får vara högst 3 månader", with its condition if any. */
export const limitSentence = (kind: PlacementKind, programme: string, row: LimitRow): string =>
  `${KIND_LABELS[kind]} i ${programme} får vara högst ${months(row.maxMonths)}${condition(row, programme)}`;

/**
 * The limit for a known programme and an assignable kind: the row with the
 * highest threshold the participant has reached. KIND_NOT_ASSIGNABLE when the
 * programme has no limit for the kind; INVALID_INPUT when a configured limit
 * is not a whole number of months.
 */
export function durationLimit(ctx: RuleContext): Limit | Violation {
  const programme = programmeInSentence(ctx.programme, ctx.customProgrammes);
  const days = ctx.jobCompensableDays ?? 0;
  const rows = limitRows(ctx).sort((a, b) => threshold(a) - threshold(b));
  const chosen = rows.filter((row) => threshold(row) <= days).at(-1);
  if (!chosen) {
    return {
      code: "KIND_NOT_ASSIGNABLE",
      field: "kind",
      message: `${KIND_LABELS[ctx.kind]} finns inte i ${programme}: det finns ingen längsta tid för den i reglerna.`,
    };
  }
  if (!isValidMonths(chosen.maxMonths)) {
    return {
      code: "INVALID_INPUT",
      field: "programme",
      message:
        `Längsta tid för ${kindInSentence(ctx.kind)} i ${programme} är felaktigt inställd (${String(chosen.maxMonths)}). ` +
        `Den ska vara ett helt antal månader från 1 till ${MAX_PERIOD_MONTHS}. Rätta programmet i inställningarna.`,
    };
  }
  const rule = `${limitSentence(ctx.kind, programme, chosen)} (${chosen.source}).`;
  // Tell the case officer about a longer limit the participant has not reached yet.
  const next = rows.find((row) => threshold(row) > days);
  const hint = next
    ? ` Gränsen är ${months(next.maxMonths)}${condition(next, programme)}; ` +
      (ctx.jobCompensableDays === undefined ? "antalet sådana dagar är inte angivet." : `deltagaren har ${days} sådana dagar.`)
    : "";
  return { maxMonths: chosen.maxMonths, source: chosen.source, rule: rule + hint };
}

/** INVALID_INPUT unless the number of compensable days is absent or a whole number of 0 or more. */
export function invalidJobCompensableDays(value: unknown): Violation | null {
  if (value === undefined || (Number.isInteger(value) && (value as number) >= 0)) return null;
  return {
    code: "INVALID_INPUT",
    field: "jobCompensableDays",
    message: `Antalet dagar som det kan lämnas ersättning för (${String(value)}) ska vara ett helt tal, 0 eller mer.`,
  };
}

export function context(
  input: Pick<MaxPeriodInput, "programme" | "kind" | "jobCompensableDays" | "customProgrammes">,
  decisionDate: IsoDate,
): RuleContext {
  return {
    programme: input.programme,
    kind: input.kind,
    jobCompensableDays: input.jobCompensableDays,
    ruleSet: ruleSetFor(decisionDate),
    customProgrammes: input.customProgrammes ?? [],
  };
}

export const periodSentence = (startDate: IsoDate, lastDay: IsoDate): string =>
  `En period som börjar ${startDate} får pågå till och med ${lastDay}.`;

/**
 * The longest period the rules allow for a placement, the last day it may
 * last, and the rule that says so. Uses the rule set in force on the decision
 * date. Never throws: malformed input is refused with INVALID_INPUT.
 *
 * @example maxPeriod({ programme: "UGA", kind: "ARBETSTRANING", startDate: "2026-01-01" })
 *   // { allowed: true, maxMonths: 3, lastDay: "2026-03-31", ruleSetId: "AF-2023-10-01", … }
 */
export function maxPeriod(input: MaxPeriodInput): MaxPeriodResult {
  const decisionDate = input.decisionDate ?? input.startDate;
  const invalid =
    (isIsoDate(input.startDate) ? null : invalidDate("startDate", "Startdatum", input.startDate)) ??
    (isIsoDate(decisionDate) ? null : invalidDate("decisionDate", "Beslutsdatum", decisionDate)) ??
    invalidJobCompensableDays(input.jobCompensableDays);
  if (invalid) return { allowed: false, code: invalid.code, explanation: invalid.message };

  const ctx = context(input, decisionDate);
  const refusal = unknownProgramme(ctx) ?? withdrawnKind(ctx);
  const limit = refusal ?? durationLimit(ctx);
  if ("code" in limit) return { allowed: false, code: limit.code, explanation: limit.message };

  const lastDay = periodEnd(input.startDate, limit.maxMonths);
  return {
    allowed: true,
    maxMonths: limit.maxMonths,
    lastDay,
    ruleSetId: ctx.ruleSet.id,
    source: limit.source,
    explanation: `${limit.rule} ${periodSentence(input.startDate, lastDay)}`,
  };
}
