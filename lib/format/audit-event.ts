/** The record an audit event is about, as an administrator reads it. Participants by case number, never by name. */
const ENTITY_LABELS: Record<string, string> = {
  Participant: "Deltagare",
  Placement: "Placering",
  Provider: "Anordnare",
  Supervisor: "Handledare",
  User: "Användare",
  UserSession: "Session",
  IndividualAssessment: "Individuell bedömning",
  StageAssessment: "Stegbedömning",
  ActionPlan: "Handlingsplan",
  Milestone: "Milstolpe",
  FollowUp: "Uppföljning",
  PlacementProposal: "Förslag från anordnaren",
  Outcome: "Resultat",
  AuditEvent: "Loggen",
  Page: "Sida",
  Action: "Åtgärd",
};

export function describeAuditTarget(event: { entity: string; entityId: string | null; caseNumber: number | null }): string {
  const label = ENTITY_LABELS[event.entity] ?? event.entity;
  if (event.caseNumber !== null) return `${label}, ärende ${event.caseNumber}`;
  return event.entityId ? `${label} ${event.entityId}` : label;
}

/** The event's details (what changed, which view) as one line of JSON; empty when there are none. */
export const auditDetails = (changes: unknown): string => (changes === null || changes === undefined ? "" : JSON.stringify(changes));
