// What an audit event about a participant means, in words the participant can read (the access-log extract).

type AccessAction = "READ" | "CREATE" | "UPDATE" | "DELETE" | "EXPORT" | "SIGN_IN" | "SIGN_IN_FAILED" | "SIGN_IN_BLOCKED" | "SIGN_OUT" | "ACCESS_DENIED";

/** The page or file that showed the participant, by the `view` its read event names. */
const VIEWS: Record<string, string> = {
  caseload: "Såg deltagaren i listan över deltagare",
  "participant-case": "Öppnade deltagarens ärende",
  "reveal-personal-number": "Visade hela personnumret",
  "participant-edit": "Öppnade formuläret för att ändra uppgifter",
  "participant-transfer": "Öppnade formuläret för att flytta ärendet",
  "placement-form": "Öppnade formuläret för en ny placering",
  placement: "Öppnade en placering",
  "action-plan-form": "Öppnade handlingsplanen för att ändra den",
  "assessment-form": "Öppnade formuläret för en bedömning",
  "milestone-form": "Öppnade formuläret för en milstolpe",
  "provider-placements": "Såg deltagaren i anordnarens lista över placeringar",
  "register-extract": "Tog fram ett registerutdrag",
  "access-log": "Tog fram ett utdrag ur åtkomstloggen",
  "consent-form": "Öppnade formuläret för återkallat samtycke",
  "personal-number-elsewhere": "Skrev in personnumret vid en annan enhet och fick veta att det redan finns här",
  "access-review": "Såg deltagaren i logguppföljningens urval",
  "access-review-item": "Granskade en åtkomst till deltagaren (logguppföljning)",
  "admin-access-review": "Administratören såg en åtkomst markerad som inte motiverad (logguppföljning)",
  "own-case": "Deltagaren öppnade sin egen översikt",
  "own-placement": "Deltagaren öppnade sin placering",
  "own-agreement": "Deltagaren läste sin överenskommelse",
  "own-access-log": "Deltagaren såg vem som har läst om hen",
  "sign-in-code": "Gav deltagaren en inloggningskod",
  "sign-in-ended": "Stängde deltagarens inloggning",
  "sign-in-code-page": "Öppnade sidan för deltagarens inloggning",
};

const ENTITIES: Record<string, string> = {
  Participant: "deltagarens uppgifter",
  Placement: "en placering",
  FollowUp: "en uppföljning",
  IndividualAssessment: "en bedömning",
  StageAssessment: "en stegbedömning",
  ActionPlan: "handlingsplanen",
  Milestone: "en milstolpe",
  Outcome: "ett utfall",
  PlacementProposal: "ett förslag från anordnaren",
  ParticipantStatement: "deltagarens egen bild eller svar på en uppföljning",
};

const VERBS: Record<AccessAction, string> = {
  READ: "Läste",
  CREATE: "Registrerade",
  UPDATE: "Ändrade",
  DELETE: "Tog bort",
  EXPORT: "Laddade ner",
  SIGN_IN: "Loggade in",
  SIGN_IN_FAILED: "Misslyckad inloggning",
  SIGN_IN_BLOCKED: "Spärrad inloggning",
  SIGN_OUT: "Loggade ut",
  ACCESS_DENIED: "Nekades",
};

const viewOf = (changes: unknown): string | null => {
  const view = changes && typeof changes === "object" ? (changes as { view?: unknown }).view : undefined;
  return typeof view === "string" ? view : null;
};

/** One line of the access-log extract: "Öppnade deltagarens ärende", "Ändrade en placering", … */
export function describeAccess(event: { action: AccessAction; entity: string; changes: unknown }): string {
  const view = viewOf(event.changes);
  const shown = view ? VIEWS[view] : undefined;
  if (shown) return event.action === "EXPORT" ? `${shown} (fil)` : shown;
  return `${VERBS[event.action]} ${ENTITIES[event.entity] ?? event.entity}`;
}
