import "server-only";
import type { z } from "zod";
import type { Problem } from "@/lib/api/contract";
import { recordAudit } from "../audit";
import { apiKeyPolicies } from "../authz";
import { clientIp } from "../client-ip";
import { db } from "../db";
import { auditActorOf, authenticateApiRequest, type ApiCaller } from "./caller";

const NO_STORE = { "Cache-Control": "no-store" } as const;

const PROBLEMS = {
  400: { title: "Felaktig förfrågan", detail: "En parameter i adressen gick inte att läsa." },
  401: { title: "Ingen giltig API-nyckel", detail: "Skicka en giltig nyckel i huvudet Authorization: Bearer <nyckel>. En återkallad nyckel gäller inte." },
  403: { title: "Inte tillåtet för den här nyckeln", detail: "Nyckeln är av fel sort för den här adressen." },
  404: { title: "Finns inte", detail: "Det finns inget här som nyckeln får läsa." },
  429: { title: "För många förfrågningar", detail: "Nyckeln har gjort för många förfrågningar på kort tid. Vänta så många sekunder som Retry-After säger." },
} as const;

/** An RFC 9457 problem answer, in Swedish. */
export function problemResponse(status: keyof typeof PROBLEMS, extra: Partial<Problem> = {}, headers: Record<string, string> = {}): Response {
  const body: Problem = { type: "about:blank", status, ...PROBLEMS[status], ...extra };
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers, "Content-Type": "application/problem+json; charset=utf-8" } });
}

export const jsonResponse = (body: unknown) => Response.json(body, { headers: NO_STORE });

/** The query as one value per name; a name given twice is refused, so nobody has to guess which one counts. */
function queryOf(url: URL): { values: Record<string, string> } | { repeated: string } {
  const values: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (name in values) return { repeated: name };
    values[name] = value;
  }
  return { values };
}

/**
 * Every API route's way in: the key (401, 429), its policy (403, logged as ACCESS_DENIED), the query parsed
 * with the route's zod schema (400 naming the parameter), then `answer`, whose null is 404 (out of scope or
 * missing alike). Faults are not caught: Next answers them with a 500 and no detail.
 */
export async function serveApi<Query extends z.ZodType>(
  request: Request,
  policy: keyof typeof apiKeyPolicies,
  query: Query,
  answer: (caller: ApiCaller, query: z.output<Query>) => Promise<unknown>,
): Promise<Response> {
  const auth = await authenticateApiRequest(request.headers.get("authorization"), clientIp(request.headers));
  if (!auth.ok) {
    return auth.status === 401
      ? problemResponse(401, {}, { "WWW-Authenticate": 'Bearer realm="stegvis"' })
      : problemResponse(429, {}, { "Retry-After": String(auth.retryAfterSeconds) });
  }
  const url = new URL(request.url);
  if (!apiKeyPolicies[policy](auth.caller)) {
    await recordAudit(db(), auditActorOf(auth.caller), { action: "ACCESS_DENIED", entity: "Api", entityId: url.pathname, changes: { policy } });
    return problemResponse(403);
  }
  const raw = queryOf(url);
  if ("repeated" in raw) return problemResponse(400, { detail: `Parametern ${raw.repeated} får bara anges en gång.`, errors: [{ parameter: raw.repeated, message: `Parametern ${raw.repeated} får bara anges en gång.` }] });
  const parsed = query.safeParse(raw.values);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      parameter: issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.join(".") || "query",
      message: issue.message,
    }));
    return problemResponse(400, { detail: errors.map((e) => e.message).join(" "), errors });
  }
  const value = await answer(auth.caller, parsed.data);
  return value === null ? problemResponse(404) : jsonResponse(value);
}
