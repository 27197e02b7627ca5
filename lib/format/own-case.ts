// Words for the participant's own view (issue 18): plain Swedish, spoken to "du" (lättläst where it fits).
import type { Stage } from "@/lib/rules";
import type { PlacementStatus } from "@/lib/domain/vocabulary";

/** Each stage said to the participant: what it means for them. */
export const STAGE_FOR_YOU: Record<Stage, string> = {
  KOMMA_IGANG: "Du har börjat. Du hittar rutiner, passar tider och lär känna arbetsplatsen.",
  PA_VAG: "Du tränar på arbetsuppgifter och förmågor. Du tar mer och mer eget ansvar.",
  NASTAN_FRAMME: "Du är nära ett arbete eller studier. Du förbereder nästa steg.",
};

/** A placement's state, said to the participant. */
export const PLACEMENT_STATUS_FOR_YOU: Record<PlacementStatus, string> = {
  PLANNED: "Har inte börjat än",
  ACTIVE: "Pågår nu",
  ENDED: "Avslutad",
  CANCELLED: "Makulerad",
};
