// Not "server-only": the status job (lib/server/placements/refresh-statuses.ts) writes its event from scripts/start.ts, outside Next.
import type { Tx } from "./db";
import type { AuditAction } from "./generated/prisma/enums";
import type { InputJsonValue } from "./generated/prisma/internal/prismaNamespace";
import type { SessionUser } from "./session-user";

/** A transaction client, or the plain client for an event that stands alone. */
type AuditWriter = Pick<Tx, "auditEvent">;
/** A signed-in user, or an API key (lib/server/api/caller.ts): no user id, the key's id instead. */
type Actor = Pick<SessionUser, "role" | "ip"> & { id: string | null; apiKeyId?: string };

export type AuditEntry = {
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  /** What changed (before/after) or, for reads, which view showed it. Never secrets. */
  changes?: InputJsonValue;
  /** The client's address, when it is not the actor's (sign-in, before anyone is signed in). */
  ip?: string | null;
};

/**
 * Writes an audit event; call it with the transaction that makes the change, so both land or neither.
 * The client's address comes with the actor (the request's user carries it, lib/server/session.ts), so no
 * service passes it along and none can forget it.
 */
export async function recordAudit(writer: AuditWriter, actor: Actor | null, entry: AuditEntry): Promise<void> {
  // createMany: the insert returns no row, which nobody reads (create would send the whole event back).
  await writer.auditEvent.createMany({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      changes: entry.changes,
      ip: entry.ip ?? actor?.ip ?? null,
      apiKeyId: actor?.apiKeyId ?? null,
    },
  });
}

/** One READ event per record shown, so a register extract finds every read of a person by id. */
export async function recordReads(writer: AuditWriter, actor: Actor, entity: string, ids: string[], view: string): Promise<void> {
  if (ids.length === 0) return;
  await writer.auditEvent.createMany({
    data: ids.map((entityId) => ({ actorId: actor.id, actorRole: actor.role, action: "READ" as const, entity, entityId, changes: { view }, ip: actor.ip ?? null, apiKeyId: actor.apiKeyId ?? null })),
  });
}
