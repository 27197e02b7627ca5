/** Every rule a placement must pass before it is saved, as a list of field-level violations. */
import { isAioReason, type AioReason, type CustomProgramme, type IsoDate, type PlacementKind, type Programme } from "./codes";
import { addDaysIso, isIsoDate, periodEnd } from "./dates";
import {
  context,
  durationLimit,
  invalidJobCompensableDays,
  periodSentence,
  unknownProgramme,
  withdrawnKind,
  type RuleContext,
} from "./duration";
import { kindInSentence, programmeInSentence } from "./labels";
import { invalidDate, type Violation } from "./violations";

export interface OtherPlacement {
  startDate: IsoDate;
  /** The actual end, or the planned end while it runs. */
  endDate: IsoDate;
  kind: PlacementKind;
  programme: Programme;
}

export interface PlacementInput {
  programme: Programme;
  kind: PlacementKind;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  decisionDate: IsoDate;
  /** Days in JOB for which compensation can be paid, counted at the period's start. */
  jobCompensableDays?: number;
  aioReason?: AioReason | null;
  /** The participant's other placements, without the one being checked. */
  previousPlacements: readonly OtherPlacement[];
  /** The participant's individual assessments. */
  assessments: readonly { date: IsoDate }[];
  customProgrammes?: readonly CustomProgramme[];
}

const range = (start: IsoDate, end: IsoDate): string => `${start}–${end}`;

/**
 * INVALID_INPUT for each malformed date or number. When there is any, the
 * other rules are not judged, because they would be judged on nonsense.
 */
function malformed(p: PlacementInput): Violation[] {
  const badPlacement = p.previousPlacements.find(
    (o) => !isIsoDate(o.startDate) || !isIsoDate(o.endDate) || o.endDate < o.startDate,
  );
  const badAssessment = p.assessments.find((a) => !isIsoDate(a.date));
  return [
    isIsoDate(p.startDate) ? null : invalidDate("startDate", "Startdatum", p.startDate),
    isIsoDate(p.plannedEndDate) ? null : invalidDate("plannedEndDate", "Planerat slutdatum", p.plannedEndDate),
    isIsoDate(p.decisionDate) ? null : invalidDate("decisionDate", "Beslutsdatum", p.decisionDate),
    invalidJobCompensableDays(p.jobCompensableDays),
    badPlacement
      ? {
          code: "INVALID_INPUT" as const,
          field: "previousPlacements" as const,
          message: `Deltagaren har en annan placering med felaktiga datum (${range(String(badPlacement.startDate), String(badPlacement.endDate))}). Rätta den placeringen först.`,
        }
      : null,
    badAssessment ? invalidDate("assessment", "Datumet för en individuell bedömning", badAssessment.date) : null,
  ].filter((v) => v !== null);
}

function endBeforeStart(p: PlacementInput): Violation | null {
  if (p.plannedEndDate >= p.startDate) return null;
  return {
    code: "END_BEFORE_START",
    field: "plannedEndDate",
    message: `Planerat slutdatum ${p.plannedEndDate} ligger före startdatum ${p.startDate}. Slutdatumet ska vara samma dag som startdatumet eller senare.`,
  };
}

function exceedsMaxDuration(p: PlacementInput, ctx: RuleContext): Violation | null {
  const limit = durationLimit(ctx);
  if ("code" in limit) return limit;
  const lastDay = periodEnd(p.startDate, limit.maxMonths);
  if (p.plannedEndDate <= lastDay) return null;
  return {
    code: "EXCEEDS_MAX_DURATION",
    field: "plannedEndDate",
    message: `Planerat slutdatum ${p.plannedEndDate} ligger efter periodens sista tillåtna dag, ${lastDay}. ${limit.rule} ${periodSentence(p.startDate, lastDay)}`,
  };
}

function missingAioReason(p: PlacementInput, ctx: RuleContext): Violation | null {
  const rule = ctx.ruleSet.procuredServiceFirst;
  if (!rule || !(rule.programmes as readonly string[]).includes(p.programme) || isAioReason(p.aioReason)) return null;
  return {
    code: "MISSING_AIO_REASON",
    field: "aioReason",
    message:
      "Ange varför tjänsten Arbetsintegrerande övningsplatser inte kan användas: den finns inte tillgänglig, " +
      "den finns inte inom den sökandes kompetensområde eller det är kö till den. " +
      `I beslut från och med ${rule.from} ska förmedlaren först förvissa sig om att ingen annan tjänst passar den sökande bättre (${rule.source}).`,
  };
}

function missingAssessment(p: PlacementInput, ctx: RuleContext): Violation | null {
  // The latest period that started before this one; the assessment must come after its start.
  const earlierStart = p.previousPlacements
    .map((o) => o.startDate)
    .filter((start) => start < p.startDate)
    .sort()
    .at(-1);
  const assessed = p.assessments.some(
    (a) => a.date <= p.decisionDate && (earlierStart === undefined || a.date > earlierStart),
  );
  if (assessed) return null;
  const needed =
    earlierStart === undefined
      ? `Det saknas en individuell bedömning gjord senast beslutsdagen ${p.decisionDate}.`
      : p.decisionDate <= earlierStart
        ? // No assessment can fit between the earlier start and the decision: say which date to move, not an empty window.
          `Beslutsdagen ${p.decisionDate} ligger inte efter förra periodens start ${earlierStart}. En ny period kräver en ny individuell bedömning gjord efter den starten, så beslutet kan tidigast fattas ${addDaysIso(earlierStart, 1)}.`
        : `Det saknas en ny individuell bedömning, gjord efter förra periodens start ${earlierStart} och senast beslutsdagen ${p.decisionDate}.`;
  return {
    code: "MISSING_ASSESSMENT",
    field: "assessment",
    message: `${needed} Inför varje period ska handläggaren göra en individuell bedömning och pröva om insatsen är den mest lämpliga (${ctx.ruleSet.individualAssessment.source}).`,
  };
}

function overlaps(p: PlacementInput): Violation[] {
  return p.previousPlacements
    .filter((o) => o.startDate <= p.plannedEndDate && p.startDate <= o.endDate)
    .map((o): Violation => ({
      code: "OVERLAPS_EXISTING",
      field: "startDate",
      message:
        `Perioden ${range(p.startDate, p.plannedEndDate)} överlappar deltagarens placering ${range(o.startDate, o.endDate)} ` +
        `(${kindInSentence(o.kind)} i ${programmeInSentence(o.programme, p.customProgrammes)}). ` +
        "En deltagare har en placering i taget (Stegvis regel); en ny period kan börja dagen efter att den förra slutar.",
    }));
}

/**
 * Checks a placement against the rule set in force on its decision date.
 * Returns one violation per broken rule, empty when the placement is allowed.
 * Never throws on input its types allow: a malformed date or number gives
 * INVALID_INPUT violations instead, and then nothing else is judged.
 *
 * When the programme is unknown, the kind is withdrawn or the end is before
 * the start, the duration is not judged, since there is no limit to judge it
 * against; the other rules still are.
 */
export function checkPlacement(p: PlacementInput): Violation[] {
  const invalid = malformed(p);
  if (invalid.length > 0) return invalid;

  const ctx = context(p, p.decisionDate);
  const reversed = endBeforeStart(p);
  const blockers = [unknownProgramme(ctx), withdrawnKind(ctx), reversed].filter((v) => v !== null);
  return [
    ...blockers,
    blockers.length === 0 ? exceedsMaxDuration(p, ctx) : null,
    missingAioReason(p, ctx),
    missingAssessment(p, ctx),
    // Reversed dates make no interval to compare.
    ...(reversed ? [] : overlaps(p)),
  ].filter((v) => v !== null);
}
