type Dated = { status: "PLANNED" | "ACTIVE" | "ENDED" | "CANCELLED"; startDate: string; plannedEndDate: string; actualEndDate: string | null };

/**
 * Where a placement stands on `today`, in words for the participant's timeline. The stored status
 * is not moved by the calendar, so a planned placement whose start has come reads as running, and
 * one past its end that nobody has ended says so.
 */
export function placementDayStatus(p: Dated, today: string): { text: string; needsAction: boolean } {
  if (p.status === "CANCELLED") return { text: "Makulerad", needsAction: false };
  if (p.status === "ENDED") return { text: `Avslutad ${p.actualEndDate ?? p.plannedEndDate}`, needsAction: false };
  if (today < p.startDate) return { text: `Planerad, börjar ${p.startDate}`, needsAction: false };
  if (today > p.plannedEndDate) return { text: `Slutdatum ${p.plannedEndDate} har passerat; placeringen behöver avslutas eller förlängas`, needsAction: true };
  return { text: `Pågår till ${p.plannedEndDate}`, needsAction: false };
}
