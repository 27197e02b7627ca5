import "server-only";
import { API_RATE_LIMIT } from "@/lib/api/limits";
import { API_KEY_PATTERN, apiKeyHash } from "@/lib/api/token";
import { db, type Db, type Tx } from "../db";
import type { ApiKeyKind, Role } from "../generated/prisma/enums";

/** Requests are counted for a day at most, then pruned by a later request (every PRUNE_EVERY-th). */
const REQUEST_RETENTION_HOURS = 24;
const PRUNE_EVERY = 500n;
/** Advisory-lock namespace of the per-key counter (1 and 2 are the sign-in limits'). */
const RATE_LOCK_NAMESPACE = 3;

/** Who calls the API: a key, acting for its provider or its coordinator. */
export type ApiCaller = {
  id: string;
  kind: ApiKeyKind;
  prefix: string;
  providerId: string | null;
  coordinatorId: string | null;
  ip?: string;
};

export type Authentication = { ok: true; caller: ApiCaller } | { ok: false; status: 401 } | { ok: false; status: 429; retryAfterSeconds: number };

/** The role a key's reads are logged under: the role whose pages show the same data. */
export const auditRoleOf = (caller: Pick<ApiCaller, "kind">): Role => (caller.kind === "PROVIDER" ? "ANORDNARE" : "KOORDINATOR");

/** The audit actor of a key: no user, the key itself (AuditEvent.apiKeyId); the key names who created it. */
export const auditActorOf = (caller: ApiCaller) => ({ id: null, apiKeyId: caller.id, role: auditRoleOf(caller), ip: caller.ip });

/** The key in `Authorization: Bearer <key>`, or null when the header is absent or not of that form. */
export function bearerKey(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] && API_KEY_PATTERN.test(match[1]) ? match[1] : null;
}

/**
 * Finds the key by the SHA-256 of what was sent, refuses a revoked one or one whose coordinator no longer
 * is one, and counts the request against the key's limit. The count is in PostgreSQL, under an advisory
 * lock per key, so it holds across app instances and parallel requests.
 */
export async function authenticateApiRequest(authorization: string | null, ip?: string, now = new Date(), client: Db = db()): Promise<Authentication> {
  const key = bearerKey(authorization);
  if (!key) return { ok: false, status: 401 };
  const found = await client.apiKey.findUnique({
    where: { secretHash: apiKeyHash(key) },
    select: { id: true, kind: true, prefix: true, providerId: true, coordinatorId: true, revokedAt: true, coordinator: { select: { active: true, role: true } } },
  });
  if (!found || found.revokedAt) return { ok: false, status: 401 };
  if (found.kind === "COORDINATOR" && !(found.coordinator?.active && found.coordinator.role === "KOORDINATOR")) return { ok: false, status: 401 };
  const retryAfterSeconds = await countRequest(client, found.id, now);
  if (retryAfterSeconds !== null) return { ok: false, status: 429, retryAfterSeconds };
  return { ok: true, caller: { id: found.id, kind: found.kind, prefix: found.prefix, providerId: found.providerId, coordinatorId: found.coordinatorId, ip } };
}

/** Registers a request, or says in how many seconds the oldest one in the window leaves it. */
async function countRequest(client: Db, apiKeyId: string, now: Date): Promise<number | null> {
  const windowStart = new Date(now.getTime() - API_RATE_LIMIT.windowSeconds * 1000);
  return client.$transaction(async (tx: Tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${RATE_LOCK_NAMESPACE}::int, hashtext(${apiKeyId}))`;
    const recent = await tx.apiRequest.findMany({ where: { apiKeyId, at: { gt: windowStart } }, orderBy: { at: "asc" }, take: API_RATE_LIMIT.requests, select: { at: true } });
    if (recent.length >= API_RATE_LIMIT.requests) {
      const oldest = recent[0]!.at.getTime();
      return Math.max(1, Math.ceil((oldest + API_RATE_LIMIT.windowSeconds * 1000 - now.getTime()) / 1000));
    }
    const request = await tx.apiRequest.create({ data: { apiKeyId, at: now }, select: { id: true } });
    await tx.apiKey.update({ where: { id: apiKeyId }, data: { lastUsedAt: now } });
    if (request.id % PRUNE_EVERY === 0n) await tx.apiRequest.deleteMany({ where: { at: { lt: new Date(now.getTime() - REQUEST_RETENTION_HOURS * 3_600_000) } } });
    return null;
  }, { maxWait: 15_000, timeout: 15_000 });
}
