import { subYears } from "date-fns";
import type { IsoDate } from "./codes";

/** Where Stegvis's own data-protection decisions come from (ADR 0008; docs/security.md, V16). */
export const STEGVIS_DATA_PROTECTION = "Stegvis beslut om dataskydd (ADR 0008)";

/** Consent as recorded on the participant: when it was given, and when (if ever) withdrawn. */
export type Consent = { givenOn: IsoDate | null; withdrawnOn: IsoDate | null };

/** The day consent was withdrawn, while that withdrawal stands (no consent given again on a later day). */
export function withdrawnConsentOn(consent: Consent): IsoDate | null {
  if (!consent.withdrawnOn) return null;
  if (consent.givenOn && consent.givenOn > consent.withdrawnOn) return null;
  return consent.withdrawnOn;
}

/**
 * What a withdrawn consent stops: everything that starts or prolongs the sharing of the participant's
 * data with a host workplace. Winding down goes on (shortening, ending or cancelling a placement, the
 * provider's proposal to end early, the officer's review of what was already sent), since that is how
 * the sharing stops.
 */
export type ConsentBound = "register" | "extend" | "changeStart" | "followUp" | "propose" | "agree";

const STOPPED: Record<ConsentBound, string> = {
  register: "Ingen ny placering kan registreras förrän deltagaren har gett nytt samtycke (ange datumet under Ändra uppgifter).",
  extend: "Placeringen kan inte förlängas. Du kan förkorta, avsluta eller makulera den.",
  changeStart: "Startdatumet kan inte flyttas. Du kan förkorta, avsluta eller makulera placeringen.",
  followUp: "Ni kan inte skriva nya uppföljningar eller rättelser. Handläggaren avslutar placeringen; kontakta handläggaren om ni har frågor.",
  propose: "Ni kan bara föreslå att placeringen slutar tidigare, inte att den förlängs eller flyttas.",
  agree: "Överenskommelsen kan inte skickas eller godkännas, utom en förkortning, förrän deltagaren har gett nytt samtycke.",
};

/**
 * Why `what` may not be done for lack of consent, or null. A withdrawal stands until consent is given
 * again on a later day; the forms' notices and the services' refusals all say this.
 */
export function consentRefusal(consent: Consent, what: ConsentBound = "register"): string | null {
  const withdrawnOn = withdrawnConsentOn(consent);
  return withdrawnOn ? `Deltagaren återkallade sitt samtycke ${withdrawnOn}. ${STOPPED[what]}` : null;
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

/**
 * Whether a participant may be in a per-person SUS file: SUS registers individuals who consented, so
 * only a consent given and not withdrawn since (a withdrawal that stands excludes the person). Stegvis
 * records one consent; docs/sus-export.md says why it stands in for SUS's until SUS's own is recorded.
 */
export function mayBeReportedToSus(consent: Consent): boolean {
  return consent.givenOn !== null && withdrawnConsentOn(consent) === null;
}
