/**
 * The participant's stages, from Finsam Gotland's "komma igång – på väg –
 * nästan framme" (seed 000). A stage can move back as well as forward.
 */
import type { IsoDate } from "./codes";
import { assertIsoDate, daysBetween } from "./dates";

/** The three stages, in order. */
export const STAGES = [
  {
    id: "KOMMA_IGANG",
    label: "Komma igång",
    description: "Deltagaren börjar: hittar rutiner, passar tider och lär känna arbetsplatsen.",
  },
  {
    id: "PA_VAG",
    label: "På väg",
    description: "Deltagaren tränar förmågor och arbetsuppgifter och tar allt mer eget ansvar.",
  },
  {
    id: "NASTAN_FRAMME",
    label: "Nästan framme",
    description: "Deltagaren är nära arbete eller studier och förbereder nästa steg.",
  },
] as const;

export type Stage = (typeof STAGES)[number]["id"];
export type StageDirection = "FORWARD" | "BACK" | "SAME";

export const STAGE_LABELS = Object.fromEntries(STAGES.map((s) => [s.id, s.label])) as Record<Stage, string>;

export const STAGE_DIRECTION_LABELS: Record<StageDirection, string> = {
  FORWARD: "Framåt",
  BACK: "Bakåt",
  SAME: "Samma steg",
};

const order = (stage: Stage): number => STAGES.findIndex((s) => s.id === stage);

/** Whether moving from one stage to another is a step forward, back, or none. */
export function stageDirection(from: Stage, to: Stage): StageDirection {
  const step = order(to) - order(from);
  return step > 0 ? "FORWARD" : step < 0 ? "BACK" : "SAME";
}

/** One dated stage assessment: from `date` the participant is in `stage`. */
export interface StageChange {
  stage: Stage;
  date: IsoDate;
}

/**
 * Days spent in each stage up to `until`: each change counts from its date up
 * to the next change's date (or `until`), so the day of a change counts for the
 * new stage, and `until` itself does not count. Changes after `until` and the
 * time before the first change are not counted. Two changes on the same day:
 * the later one in the list wins, the earlier one gets no days.
 *
 * @throws RangeError on a malformed date
 */
export function timeInStages(history: readonly StageChange[], until: IsoDate): Record<Stage, number> {
  assertIsoDate(until);
  history.forEach((change) => assertIsoDate(change.date));
  // A stable sort keeps same-day changes in the order they were given.
  const changes = [...history].sort((a, b) => a.date.localeCompare(b.date));
  const days = Object.fromEntries(STAGES.map((s) => [s.id, 0])) as Record<Stage, number>;
  changes.forEach((change, i) => {
    const next = changes[i + 1]?.date ?? until;
    const end = next < until ? next : until;
    if (change.date < end) days[change.stage] += daysBetween(change.date, end);
  });
  return days;
}
