/**
 * The per-person SUS file (docs/sus-export.md): what each Stegvis value is called in Finsam's follow-up
 * system SUS. The Stegvis code travels beside each category, so a förbund whose SUS set of values differs
 * can map on import without asking us.
 */
import type { OutcomeKind } from "./vocabulary";

/** Situation after the measure (SUS "avslutsorsak/situation efter"), from the participant's outcome. */
export const SUS_SITUATION_AFTER: Record<OutcomeKind | "NONE", string> = {
  WORK: "Arbete",
  STUDIES: "Studier",
  WORK_TRIAL: "Annan insats (arbetsprövning)",
  OTHER_MEASURE: "Annan insats",
  INTERRUPTED: "Avbrott",
  NONE: "Uppgift saknas",
};

/** SUS records women and men; Stegvis's "other" and "unknown" go together, as on the dashboard. */
export const SUS_GENDER = { FEMALE: "Kvinna", MALE: "Man", OTHER: "Annat eller okänt", UNKNOWN: "Annat eller okänt" } as const;
