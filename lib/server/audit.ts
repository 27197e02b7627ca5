import "server-only";
import type { Tx } from "./db";
import type { AuditAction } from "./generated/prisma/enums";
import type { InputJsonValue } from "./generated/prisma/internal/prismaNamespace";
import type { SessionUser } from "./session-user";

export type AuditEntry = {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  /** What changed (before/after) or, for reads, what was shown. Never secrets. */
  changes?: InputJsonValue;
};

/** Writes an audit event; call it with the transaction that makes the change, so both land or neither. */
export async function recordAudit(tx: Tx, actor: Pick<SessionUser, "id" | "role"> | null, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      changes: entry.changes,
    },
  });
}
