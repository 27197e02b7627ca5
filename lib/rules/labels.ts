/** Swedish labels for forms, tables and messages. */
import type { AioReason, BuiltInProgramme, CustomProgramme, PlacementKind, PlacementMode, Programme } from "./codes";

export const PROGRAMME_LABELS: Record<BuiltInProgramme, string> = {
  JOB: "Jobb- och utvecklingsgarantin",
  UGA: "Jobbgarantin för ungdomar",
  ETP: "Etableringsprogrammet",
};

export const KIND_LABELS: Record<PlacementKind, string> = {
  ARBETSTRANING: "Arbetsträning",
  FORSTARKT_ARBETSTRANING: "Förstärkt arbetsträning",
  FORSTARKT_FORDJUPAD: "Förstärkt arbetsträning med fördjupad bedömning",
};

/** The question the AIO reasons answer, for the form's legend. */
export const AIO_REASON_QUESTION = "Varför kan tjänsten Arbetsintegrerande övningsplatser inte användas?";

/** Answers to {@link AIO_REASON_QUESTION}, in the words of seed 002. */
export const AIO_REASON_LABELS: Record<AioReason, string> = {
  NOT_AVAILABLE: "Tjänsten finns inte tillgänglig",
  NOT_IN_FIELD: "Tjänsten finns inte inom den sökandes kompetensområde",
  QUEUE: "Det är kö till tjänsten",
};

export const MODE_LABELS: Record<PlacementMode, string> = {
  ON_SITE: "På arbetsplatsen",
  REMOTE: "På distans",
  MIXED: "Blandat, på arbetsplatsen och på distans",
};

const isBuiltIn = (code: Programme): code is BuiltInProgramme => Object.hasOwn(PROGRAMME_LABELS, code);

/**
 * A programme's name as it reads inside a sentence: built-in names are common
 * nouns and take a small letter ("i jobbgarantin för ungdomar"); configured
 * names may be proper nouns ("i Unga Kvinnor") and are kept as written.
 */
export function programmeInSentence(code: Programme, customProgrammes: readonly CustomProgramme[] = []): string {
  if (isBuiltIn(code)) return PROGRAMME_LABELS[code].toLowerCase();
  return customProgrammes.find((p) => p.code === code)?.name ?? code;
}

/** A kind's label inside a sentence, e.g. "förstärkt arbetsträning". */
export const kindInSentence = (kind: PlacementKind): string => KIND_LABELS[kind].toLowerCase();
