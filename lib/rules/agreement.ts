/**
 * The placement agreement (trepartsöverenskommelse): who approves what, in which order, when an
 * unapproved agreement expires, and the agreement's status, all derived from its versions, their
 * approvals and the placement's dates. Pure: the services and the pages ask these functions, so the
 * page's hint and the server's refusal are the same sentence.
 */
import type { IsoDate } from "./codes";
import { addDaysIso, daysBetween } from "./dates";
import type { FollowUpCadence } from "./follow-up";

/** The source of the numbers below: a product decision (docs/decisions, placement agreement). */
export const STEGVIS_AGREEMENT = "Stegvis produktbeslut om överenskommelser";

/** An agreement sent for approval and never approved expires this many days after it was sent. */
export const AGREEMENT_EXPIRY_DAYS = 30;
/** The officer and the host are warned this many days before it expires: a week and a day. */
export const AGREEMENT_WARNING_DAYS = [7, 1] as const;

export type AgreementParty = "PARTICIPANT" | "HOST" | "OFFICER";
export type AgreementChangeKind = "EXTEND" | "SHORTEN" | "START" | "GOALS" | "TASKS_AND_HOURS" | "CONTACTS" | "FOLLOW_UP";
export type AgreementStatus = "DRAFT" | "WAITING" | "EXPIRED" | "READY" | "ONGOING" | "ENDED" | "CANCELLED";

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  DRAFT: "Utkast",
  WAITING: "Väntar på godkännande",
  EXPIRED: "Utgången, aldrig godkänd",
  READY: "Klar att starta",
  ONGOING: "Pågår",
  ENDED: "Avslutad",
  CANCELLED: "Makulerad",
};

const EVERYONE: readonly AgreementParty[] = ["PARTICIPANT", "HOST", "OFFICER"];

/**
 * Who approves a version. The first version and any change to what the participant and the host agreed
 * to (the period, the goals, the tasks, schedule and hours) need all three; the follow-up plan binds the
 * host and the officer; new contact details change nothing anyone agreed to, so the officer's approval
 * makes them binding alone.
 */
export function requiredParties(changeKind: AgreementChangeKind | null): readonly AgreementParty[] {
  if (changeKind === "CONTACTS") return ["OFFICER"];
  if (changeKind === "FOLLOW_UP") return ["HOST", "OFFICER"];
  return EVERYONE;
}

export type VersionFacts = {
  number: number;
  changeKind: AgreementChangeKind | null;
  /** The day it was sent for approval (Europe/Stockholm); null while it is a draft. */
  sentOn: IsoDate | null;
  approvedBy: readonly AgreementParty[];
};

/**
 * Why `party` may not approve `version` now, in Swedish; null when it may. Only the newest version is
 * approved; the participant and the host approve in either order, the officer last, which makes the
 * version binding. An agreement never approved cannot be approved once it has expired. An approval given
 * already is not refused: approving twice is one approval.
 */
export function approvalRefusal(state: AgreementState, version: VersionFacts, latestNumber: number, party: AgreementParty): string | null {
  if (version.number !== latestNumber) return "Det finns en nyare version av överenskommelsen. Ladda om sidan och godkänn den.";
  if (version.sentOn === null) return "Överenskommelsen är ett utkast. Handläggaren skickar den för godkännande först.";
  if (state.status === "CANCELLED") return "Placeringen är makulerad, så överenskommelsen kan inte godkännas.";
  if (state.status === "EXPIRED") return `Överenskommelsen godkändes inte i tid och gick ut ${state.expiresOn}. Handläggaren kan skicka den igen.`;
  const required = requiredParties(version.changeKind);
  if (!required.includes(party)) return "Den här ändringen behöver inte godkännas av er.";
  if (party === "OFFICER") {
    const missing = required.filter((p) => p !== "OFFICER" && !version.approvedBy.includes(p));
    if (missing.length > 0) {
      const names = missing.map((p) => (p === "PARTICIPANT" ? "deltagaren" : "anordnaren")).join(" och ");
      return `Handläggaren godkänner sist. Först ska ${names} godkänna.`;
    }
  }
  return null;
}

/** The last day an unapproved agreement sent on `sentOn` can still be approved is the day before this. */
export const expiresOn = (sentOn: IsoDate): IsoDate => addDaysIso(sentOn, AGREEMENT_EXPIRY_DAYS);

export type AgreementFacts = {
  /** Oldest first. */
  versions: readonly VersionFacts[];
  placement: { cancelled: boolean; startDate: IsoDate; endDate: IsoDate };
  today: IsoDate;
};

export type AgreementState = {
  status: AgreementStatus;
  /** The version in force: the newest the officer has approved. */
  binding: number | null;
  /** A newer version than the binding one, still a draft or waiting for approval. */
  pending: number | null;
  /** When an agreement that has never been approved expires (sent, not yet binding). */
  expiresOn: IsoDate | null;
  /** Days until it expires when a warning is due (7 or fewer); null otherwise. */
  warningDaysLeft: number | null;
};

const isBinding = (v: VersionFacts) => v.approvedBy.includes("OFFICER");

/**
 * The agreement's status from the data. Cancelled with its placement. Before any version is binding:
 * a draft, waiting for approval, or expired 30 days after it was sent. Once binding: ready to start,
 * ongoing or ended by the placement's dates; a newer version waiting for approval does not take back
 * what is binding, it is `pending`.
 */
export function agreementState({ versions, placement, today }: AgreementFacts): AgreementState {
  const latest = versions.at(-1) ?? null;
  const binding = [...versions].reverse().find(isBinding) ?? null;
  const pending = latest && latest !== binding ? latest.number : null;
  const base = { binding: binding?.number ?? null, pending, expiresOn: null, warningDaysLeft: null };
  if (placement.cancelled) return { ...base, status: "CANCELLED" };
  if (binding) {
    const status = today < placement.startDate ? "READY" : today <= placement.endDate ? "ONGOING" : "ENDED";
    return { ...base, status };
  }
  if (!latest || latest.sentOn === null) return { ...base, status: "DRAFT" };
  const expiry = expiresOn(latest.sentOn);
  if (today >= expiry) return { ...base, status: "EXPIRED", expiresOn: expiry };
  const daysLeft = daysBetween(today, expiry);
  return { ...base, status: "WAITING", expiresOn: expiry, warningDaysLeft: daysLeft <= AGREEMENT_WARNING_DAYS[0] ? daysLeft : null };
}

/** The expiry warnings due on `today` for an agreement that expires on `expiry`: a week before and a day before. */
export function expiryWarningDue(expiry: IsoDate, today: IsoDate): (typeof AGREEMENT_WARNING_DAYS)[number] | null {
  const daysLeft = daysBetween(today, expiry);
  return AGREEMENT_WARNING_DAYS.find((d) => d === daysLeft) ?? null;
}

/** The warning shown on the officer's and the host's page while an agreement waits close to its expiry. */
export function expiryWarning(state: AgreementState): string | null {
  if (state.status !== "WAITING" || state.warningDaysLeft === null || state.expiresOn === null) return null;
  const left = state.warningDaysLeft === 1 ? "i morgon" : `om ${state.warningDaysLeft} dagar`;
  return `Överenskommelsen är inte godkänd av alla. Den går ut ${left} (${state.expiresOn}) om den inte godkänns innan dess.`;
}

/** The follow-up plan in words, from the placement's cadence (lib/rules' follow-up numbers). */
export function followUpPlan(cadence: Pick<FollowUpCadence, "firstWithinDays" | "intervalDays">): string {
  return (
    `Anordnaren skriver den första uppföljningen i Stegvis senast ${cadence.firstWithinDays} dagar efter start, ` +
    `sedan minst var ${cadence.intervalDays}:e dag. Handläggaren går igenom varje uppföljning, och deltagaren får säga sin mening i den.`
  );
}
