/**
 * The participant's own view of a placement (deltagarens egen bild, issue 18): when they may write it, and
 * what an answer to a follow-up needs. The sentences are said to the participant, so they are plain Swedish
 * (lättläst: short sentences, "du"); the form's hint and the service's refusal are the same words.
 */
import type { IsoDate } from "./codes";
import { placementStatusOn, type StoredPlacementStatus } from "./registration";

/** The longest text a participant writes: their view before a follow-up, or what is not right in one. */
export const OWN_VIEW_MAX_LENGTH = 2000;

export const STATEMENT_MESSAGES = {
  ownViewHint: `Skriv hur det går för dig. Vad går bra? Vad är svårt? Din handledare och din handläggare kan läsa det du skriver. Du kan skriva högst ${OWN_VIEW_MAX_LENGTH} tecken.`,
  placementEnded: "Din arbetsträning är slut. Därför kan du inte skriva något nytt om den.",
  placementCancelled: "Den här arbetsträningen blev inte av. Därför kan du inte skriva något om den.",
  responseTextHint: "Om något inte stämmer: skriv vad som är fel. Om allt stämmer behöver du inte skriva något.",
  questionNeedsText: "Skriv vad som inte stämmer.",
  alreadyAnswered: "Du har redan svarat på den här uppföljningen. Du kan bara svara en gång.",
  corrected: "Anordnaren har ändrat uppföljningen. Svara på den nya uppföljningen i stället.",
} as const;

/**
 * Why the participant may not write their view of this placement now, or null when they may: while it is
 * planned or running, judged on the dates (not only the stored status, which the hourly job keeps current).
 */
export function ownViewRefusal(placement: { status: StoredPlacementStatus; startDate: IsoDate; endDate: IsoDate }, today: IsoDate): string | null {
  const status = placementStatusOn(placement.status, placement.startDate, placement.endDate, today);
  if (status === "CANCELLED") return STATEMENT_MESSAGES.placementCancelled;
  if (status === "ENDED") return STATEMENT_MESSAGES.placementEnded;
  return null;
}

/** Why an answer cannot be sent as it stands, or null: "it is not right" must say what is not right. */
export function responseRefusal(response: { agrees: boolean; text?: string | null }): string | null {
  if (response.agrees) return null;
  return response.text && response.text.trim() !== "" ? null : STATEMENT_MESSAGES.questionNeedsText;
}

/**
 * Why this follow-up cannot be answered now, or null: each follow-up is answered once, and a version the host
 * has since corrected is answered in its new version. Having answered already is said first: it happened first.
 */
export function answerRefusal(followUp: { answered: boolean; superseded: boolean }): string | null {
  if (followUp.answered) return STATEMENT_MESSAGES.alreadyAnswered;
  if (followUp.superseded) return STATEMENT_MESSAGES.corrected;
  return null;
}
