import { subYears } from "date-fns";
import type { IsoDate } from "./codes";

/** Where Stegvis's own data-protection decisions come from (ADR 0008; docs/security.md, V16). */
export const STEGVIS_DATA_PROTECTION = "Stegvis beslut om dataskydd (ADR 0008)";

/** Consent as recorded on the participant: when it was given, and when (if ever) withdrawn. */
export type Consent = { givenOn: IsoDate | null; withdrawnOn: IsoDate | null };

/**
 * Why no new placement may be registered for lack of consent, or null. A withdrawal stands until
 * consent is given again on a later day; the form's notice and the service's refusal both say this.
 */
export function consentRefusal(consent: Consent): string | null {
  if (!consent.withdrawnOn) return null;
  if (consent.givenOn && consent.givenOn > consent.withdrawnOn) return null;
  return `Deltagaren återkallade sitt samtycke ${consent.withdrawnOn}. Ingen ny placering kan registreras förrän deltagaren har gett nytt samtycke (ange datumet under Ändra uppgifter).`;
}

/** Retention (gallring): how long after the last placement a participant's identity is kept. */
export const RETENTION = { defaultYears: 2, minYears: 1, source: STEGVIS_DATA_PROTECTION } as const;

/** The audit log is kept at least this long (the practice of Patientdatalagen), and pruned only by the owner role. */
export const AUDIT_RETENTION = { minYears: 5, source: STEGVIS_DATA_PROTECTION } as const;

/** The day before which a participant's last placement must have ended for them to be anonymised. */
export function retentionCutoff(today: IsoDate, years: number): IsoDate {
  return subYears(new Date(`${today}T00:00:00Z`), years).toISOString().slice(0, 10);
}

/** A participant as retention sees them: what is still open, and the last day anything happened. */
export type RetentionCandidate = { openPlacements: number; lastPlacementEnd: IsoDate | null; registeredOn: IsoDate };

/**
 * Whether the participant is due: no placement planned or running, and the last one ended before the
 * cut-off (or, with none at all, registered before it).
 */
export function dueForRetention(candidate: RetentionCandidate, cutoff: IsoDate): boolean {
  if (candidate.openPlacements > 0) return false;
  return (candidate.lastPlacementEnd ?? candidate.registeredOn) < cutoff;
}
