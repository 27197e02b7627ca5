// API keys for tests: created through the admin's service, as the admin page does, and requests to the routes.
import { newApiKey } from "@/lib/api/token";
import { createApiKey } from "@/lib/server/api/keys";
import type { PrismaClient } from "@/lib/server/generated/prisma/client";
import { createUser } from "./factories";

export async function createKeyFor(db: PrismaClient, owner: { providerId: string } | { coordinatorId: string }) {
  const admin = await createUser(db, { role: "ADMIN" });
  const key = newApiKey();
  const input = "providerId" in owner ? { namn: "Testnyckel", typ: "anordnare" as const, anordnare: owner.providerId, nyckel: key } : { namn: "Testnyckel", typ: "koordinator" as const, koordinator: owner.coordinatorId, nyckel: key };
  const created = await createApiKey(admin, input);
  if (!created.ok) throw new Error(`Nyckeln skapades inte: ${JSON.stringify(created)}`);
  return { id: created.value.id, key, admin };
}

/** A GET to the API as a client would send it, with the key (or any Authorization value) as a bearer. */
export function apiRequest(path: string, key?: string | null, authorization?: string): Request {
  const headers = new Headers();
  if (authorization !== undefined) headers.set("authorization", authorization);
  else if (key) headers.set("authorization", `Bearer ${key}`);
  return new Request(`http://stegvis.test/api/v1${path}`, { headers });
}
