/**
 * What an audit event records, as an administrator reads it in the log. The Prisma enum `AuditAction`
 * mirrors these codes; tests/unit/vocabulary.test.ts keeps the two in step.
 */
export const AUDIT_ACTION_LABELS = {
  READ: "Läsning",
  CREATE: "Skapande",
  UPDATE: "Ändring",
  DELETE: "Borttagning",
  EXPORT: "Export",
  SIGN_IN: "Inloggning",
  SIGN_IN_FAILED: "Misslyckad inloggning",
  SIGN_IN_BLOCKED: "Inloggning spärrad",
  SIGN_OUT: "Utloggning",
  ACCESS_DENIED: "Nekad åtkomst",
} as const;

export type AuditActionCode = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditActionCode[];
export const AUDIT_ACTION_OPTIONS = AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] }));
