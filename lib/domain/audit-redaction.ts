/**
 * An audit event's `changes` without its values: the names of the fields it touched, nothing else.
 * The administrator's log shows events about a participant's records this way (ADR 0010), and
 * retention stores it this way for good: the database's "audit_redacted_changes" (migration
 * gallring_audit_redaction) computes the same form, and `tests/integration/gallring.test.ts` keeps the two in step.
 */
export type RedactedChanges = { redactedFields: string[] };

export function isRedacted(changes: unknown): changes is RedactedChanges {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return false;
  const keys = Object.keys(changes);
  return keys.length === 1 && keys[0] === "redactedFields" && Array.isArray((changes as RedactedChanges).redactedFields);
}

/** The redacted form; a form already redacted stays as it is, and no changes stay none. */
export function redactChanges(changes: unknown): RedactedChanges | null {
  if (changes === null || changes === undefined) return null;
  if (isRedacted(changes)) return changes;
  // Code-unit order, as the database's COLLATE "C" sorts the same keys.
  const fields = typeof changes === "object" && !Array.isArray(changes) ? Object.keys(changes).sort() : [];
  return { redactedFields: fields };
}
