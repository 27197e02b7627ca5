import "server-only";
import { apiKeyHash, apiKeyPrefix } from "@/lib/api/token";
import type { ApiKeyCreation, ApiKeyRevocation } from "@/lib/validation/api-key";
import { recordAudit, recordReads } from "../audit";
import { ForbiddenError, policies } from "../authz";
import { inTransaction } from "../command";
import { db } from "../db";
import { conflict, forbidden, notFound, ok, type Result } from "../result";
import type { SessionUser } from "../session-user";

/** Every key, newest first, for the administrator's list: never the secret, only its prefix. */
export async function listApiKeys(admin: SessionUser) {
  if (!policies.manageApiKeys(admin)) throw new ForbiddenError("manageApiKeys");
  const keys = await db().apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      name: true,
      prefix: true,
      createdAt: true,
      revokedAt: true,
      lastUsedAt: true,
      provider: { select: { name: true } },
      coordinator: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  await recordReads(db(), admin, "ApiKey", keys.map((k) => k.id), "admin-api-keys");
  return keys;
}

export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

/** The providers and coordinators a new key may belong to. */
export async function apiKeyOwners(admin: SessionUser) {
  if (!policies.manageApiKeys(admin)) throw new ForbiddenError("manageApiKeys");
  const [providers, coordinators] = await Promise.all([
    db().provider.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().user.findMany({ where: { role: "KOORDINATOR", active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { providers, coordinators };
}

/**
 * Stores a key the administrator's form showed (drawn by the server, lib/api/token.ts): only its SHA-256
 * and its prefix. A provider key belongs to an active provider, a coordinator key to an active coordinator.
 */
export async function createApiKey(admin: SessionUser, input: ApiKeyCreation): Promise<Result<{ id: string }>> {
  if (!policies.manageApiKeys(admin)) return forbidden();
  return inTransaction(
    async (tx) => {
      const owner =
        input.typ === "anordnare"
          ? (await tx.provider.count({ where: { id: input.anordnare, active: true } })) === 1
            ? { kind: "PROVIDER" as const, providerId: input.anordnare! }
            : null
          : (await tx.user.count({ where: { id: input.koordinator, role: "KOORDINATOR", active: true } })) === 1
            ? { kind: "COORDINATOR" as const, coordinatorId: input.koordinator! }
            : null;
      // The form offers only active ones: any other id is a stale or forged form, answered like a missing record.
      if (!owner) return notFound();
      const key = await tx.apiKey.create({
        data: { ...owner, name: input.namn, prefix: apiKeyPrefix(input.nyckel), secretHash: apiKeyHash(input.nyckel), createdById: admin.id },
        select: { id: true },
      });
      await recordAudit(tx, admin, { action: "CREATE", entity: "ApiKey", entityId: key.id, changes: { name: input.namn, prefix: apiKeyPrefix(input.nyckel), ...owner } });
      return ok(key);
    },
    // The same key posted twice (a double click, a reload of the result): the first one stands.
    (refusal) => (refusal.code === "23505" ? conflict("Den här nyckeln är redan skapad. Öppna sidan på nytt för att skapa en till.") : null),
  );
}

/** Revokes a key at once: the next request with it gets 401. Revoking a revoked key is refused as stale. */
export async function revokeApiKey(admin: SessionUser, input: ApiKeyRevocation): Promise<Result<{ id: string }>> {
  if (!policies.manageApiKeys(admin)) return forbidden();
  return inTransaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: input.apiKeyId }, select: { id: true, prefix: true } });
    if (!key) return notFound();
    const { count } = await tx.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: new Date(), revokedById: admin.id } });
    if (count === 0) return conflict("Nyckeln är redan återkallad.");
    await recordAudit(tx, admin, { action: "UPDATE", entity: "ApiKey", entityId: key.id, changes: { revoked: true, prefix: key.prefix } });
    return ok({ id: key.id });
  });
}
