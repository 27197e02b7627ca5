/**
 * What a follow-up holds and when it may be dated: the ability scale, attendance bands, the
 * provider's read window after a placement ends, and the caseload's warning threshold. The form's
 * hints and the server's refusals call these same functions.
 */
import type { IsoDate, PlacementMode } from "./codes";
import { addDaysIso } from "./dates";

/** A provider keeps read access to an ended placement this many days after its last day (issue 8). */
export const PROVIDER_READ_DAYS_AFTER_END = 40;

/** The first day a provider no longer sees a placement that ended on `lastDay`. */
export const providerAccessEnds = (lastDay: IsoDate): IsoDate => addDaysIso(lastDay, PROVIDER_READ_DAYS_AFTER_END + 1);

/** The earliest last day of an ended placement a provider still sees on `today`. */
export const providerSeesEndedFrom = (today: IsoDate): IsoDate => addDaysIso(today, -PROVIDER_READ_DAYS_AFTER_END);

/** Attendance below this share of the planned hours, over the latest follow-ups, warns the case officer. */
export const LOW_ATTENDANCE_SHARE = 0.75;
/** How many of the latest submitted follow-ups the attendance warning looks at. */
export const ATTENDANCE_WARNING_FOLLOW_UPS = 2;

/** The fixed areas every follow-up rates; the placement's goals add their own. */
export const ABILITY_AREAS = ["Passa tider", "Följa instruktioner", "Samarbete", "Arbetstakt", "Självständighet"] as const;

/** A short fixed scale: 1 is "needs a lot of support", 4 "manages on their own". */
export const ABILITY_SCALE = [
  { value: 1, label: "Behöver mycket stöd" },
  { value: 2, label: "Behöver en del stöd" },
  { value: 3, label: "Klarar det mesta" },
  { value: 4, label: "Klarar det självständigt" },
] as const;
export type AbilityRating = (typeof ABILITY_SCALE)[number]["value"];

const MAX_GOAL_AREAS = 5;
const MAX_AREA_LENGTH = 80;

/**
 * The areas a placement's follow-ups rate: the fixed five, then one per line of the placement's
 * goals (at most five, shortened to 80 characters), without repeating a fixed area.
 */
export function abilityAreasFor(goals: string): string[] {
  const fixed = new Set<string>(ABILITY_AREAS.map((a) => a.toLocaleLowerCase("sv-SE")));
  const fromGoals = goals
    .split(/\r?\n|;/)
    .map((line) => line.replace(/^[\s\-–•*]+/, "").trim().slice(0, MAX_AREA_LENGTH))
    .filter((line) => line.length > 0 && !fixed.has(line.toLocaleLowerCase("sv-SE")));
  return [...ABILITY_AREAS, ...new Set(fromGoals)].slice(0, ABILITY_AREAS.length + MAX_GOAL_AREAS);
}

export type AttendanceBand = "AS_AGREED" | "MOSTLY" | "PARTLY" | "RARELY" | "ABSENT";

/** The attendance band of a follow-up from its hours: all, at least 75 %, at least 40 %, some, none. */
export function attendanceBand(plannedHours: number, attendedHours: number): AttendanceBand {
  if (plannedHours <= 0 || attendedHours >= plannedHours) return "AS_AGREED";
  const share = attendedHours / plannedHours;
  if (share >= LOW_ATTENDANCE_SHARE) return "MOSTLY";
  if (share >= 0.4) return "PARTLY";
  return attendedHours > 0 ? "RARELY" : "ABSENT";
}

/** A remote or mixed placement is reviewed at every follow-up: is the participant being locked in at home (seed 003)? */
export const needsRemoteReview = (mode: PlacementMode): boolean => mode !== "ON_SITE";

export type FollowUpDateField = "date" | "periodFrom" | "periodTo";

export interface FollowUpDates {
  date: IsoDate;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  today: IsoDate;
  placementStart: IsoDate;
  /** The actual end when the placement has ended, else the planned end. */
  placementEnd: IsoDate;
}

/**
 * Refusals of a follow-up's dates, each at its field, in Swedish: the follow-up is not dated in the
 * future nor outside the placement, and the period it covers lies within the placement, runs
 * forwards and has already happened by the follow-up's date.
 */
export function followUpDateRefusals(d: FollowUpDates): { field: FollowUpDateField; message: string }[] {
  const out: { field: FollowUpDateField; message: string }[] = [];
  const within = `placeringens tid, ${d.placementStart} – ${d.placementEnd}`;
  if (d.date > d.today) out.push({ field: "date", message: `Uppföljningen kan inte dateras i framtiden (i dag är det ${d.today}).` });
  else if (d.date < d.placementStart || d.date > d.placementEnd) out.push({ field: "date", message: `Datumet ska ligga inom ${within}.` });
  if (d.periodFrom < d.placementStart || d.periodFrom > d.placementEnd) out.push({ field: "periodFrom", message: `Perioden ska börja inom ${within}.` });
  if (d.periodTo < d.periodFrom) out.push({ field: "periodTo", message: "Periodens sista dag kan inte ligga före dess första dag." });
  else if (d.periodTo > d.placementEnd) out.push({ field: "periodTo", message: `Perioden ska sluta inom ${within}.` });
  else if (d.periodTo > d.date) out.push({ field: "periodTo", message: "Perioden kan inte sluta efter uppföljningens datum." });
  return out;
}
