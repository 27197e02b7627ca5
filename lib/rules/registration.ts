/**
 * Rules about registering a placement in Stegvis, as opposed to deciding it: how far back a start
 * may lie before the registration counts as late (efterregistrering), and a placement's status on a
 * given day. Both are Stegvis's own product decisions, not programme rules, so they do not vary by
 * rule set.
 */
import type { IsoDate } from "./codes";
import { assertIsoDate, daysBetween, isIsoDate } from "./dates";
import { invalidDate, type Violation } from "./violations";

/** Where the late-registration limit comes from. */
export const STEGVIS_LATE_REGISTRATION = "Stegvis produktbeslut om efterregistrering";

/**
 * A placement whose start lies more than `maxDaysBack` days before the day it is registered is a
 * late registration: it is kept only with the case officer's reason, so that registering after
 * the fact is a visible exception and not a habit.
 */
export const LATE_REGISTRATION = { maxDaysBack: 7, source: STEGVIS_LATE_REGISTRATION } as const;

/** Whether a placement starting on `startDate`, registered on `today`, is a late registration. */
export function isLateRegistration(startDate: IsoDate, today: IsoDate): boolean {
  return isIsoDate(startDate) && isIsoDate(today) && daysBetween(startDate, today) > LATE_REGISTRATION.maxDaysBack;
}

/**
 * LATE_REGISTRATION when the start lies more than 7 days before `today` and no reason for the late
 * registration is given; null when the registration is on time or the reason is there.
 * Never throws: a malformed start date gives INVALID_INPUT.
 */
export function lateRegistration(startDate: IsoDate, today: IsoDate, reason?: string | null): Violation | null {
  if (!isIsoDate(startDate)) return invalidDate("startDate", "Startdatum", startDate);
  if (!isLateRegistration(startDate, today) || (reason ?? "").trim() !== "") return null;
  const days = daysBetween(startDate, today);
  return {
    code: "LATE_REGISTRATION",
    field: "lateRegistration",
    message:
      `Startdatum ${startDate} ligger ${days} dagar före i dag (${today}). En placering som började för mer än ` +
      `${LATE_REGISTRATION.maxDaysBack} dagar sedan registreras bara som efterregistrering: markera det och skriv varför ` +
      `den registreras i efterhand (${LATE_REGISTRATION.source}).`,
  };
}

/** A placement's status as stored; the calendar moves PLANNED and ACTIVE on. */
export type StoredPlacementStatus = "PLANNED" | "ACTIVE" | "ENDED" | "CANCELLED";

/**
 * The status a placement has on `today`: a planned one whose start has come is active, and a
 * planned or active one whose end (the actual end, or the planned end while it runs) has passed is
 * ended. Cancelled and ended placements stay as they are. The start script's job writes the same
 * change to the database every hour; this keeps a page right in between.
 *
 * @throws RangeError on a malformed date
 */
export function placementStatusOn(stored: StoredPlacementStatus, startDate: IsoDate, endDate: IsoDate, today: IsoDate): StoredPlacementStatus {
  for (const date of [startDate, endDate, today]) assertIsoDate(date);
  if (stored === "CANCELLED" || stored === "ENDED") return stored;
  if (endDate < today) return "ENDED";
  return startDate <= today ? "ACTIVE" : "PLANNED";
}
