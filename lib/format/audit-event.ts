import { isRedacted } from "@/lib/domain/audit-redaction";

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
  ParticipantStatement: "Deltagarens egen bild eller svar",
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

/**
 * The event's details as one line: for a participant's records only the names of the fields (their
 * values are never shown, ADR 0010); for anything else what changed as JSON; empty when there are none.
 */
export function auditDetails(changes: unknown): string {
  if (changes === null || changes === undefined) return "";
  if (isRedacted(changes)) return changes.redactedFields.length ? `Fält: ${changes.redactedFields.join(", ")} (värden visas inte)` : "Värden visas inte";
  return JSON.stringify(changes);
}
