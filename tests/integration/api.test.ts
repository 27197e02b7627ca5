import { existsSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as figuresRoute } from "@/app/api/v1/figures/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as followUpsRoute } from "@/app/api/v1/placements/[id]/follow-ups/route";
import { GET as placementRoute } from "@/app/api/v1/placements/[id]/route";
import { GET as placementsRoute } from "@/app/api/v1/placements/route";
import { API_RATE_LIMIT } from "@/lib/api/limits";
import { apiKeyHash, newApiKey } from "@/lib/api/token";
import { createApiKey, revokeApiKey } from "@/lib/server/api/keys";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { apiFigures, apiFollowUpList, apiPlacementDetail, apiPlacementPage, problem } from "@/lib/api/contract";
import { apiRequest, createKeyFor } from "../support/api-factories";
import { coordinatorWith } from "../support/dashboard-factories";
import { createParticipant, createPlacement, createProtectedParticipant, createProvider, createUnit, createUser } from "../support/factories";
import { fixTodayForThisFile } from "../support/fixed-today";
import { FUZZ, hostileText } from "../support/hostile";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
// Inside the factory's placements (2026-01-15 to 2026-07-14).
fixTodayForThisFile("2026-03-02");

const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const json = async (response: Response) => ({ status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> });

async function placementAt(providerId: string, unitId: string) {
  const participant = await createParticipant(db, { unitId });
  return createPlacement(db, { participantId: participant.id, providerId });
}

describe("the REST API", () => {
  let world: Awaited<ReturnType<typeof buildWorld>>;
  async function buildWorld() {
    const unit = await createUnit(db);
    const [providerA, providerB] = [await createProvider(db), await createProvider(db)];
    const atA = [await placementAt(providerA.id, unit.id), await placementAt(providerA.id, unit.id)];
    const atB = await placementAt(providerB.id, unit.id);
    const keyA = await createKeyFor(db, { providerId: providerA.id });
    const coordinator = await coordinatorWith(db, { unitIds: [unit.id] });
    const coordinatorKey = await createKeyFor(db, { coordinatorId: coordinator.id });
    return { unit, providerA, providerB, atA, atB, keyA, coordinator, coordinatorKey };
  }
  beforeAll(async () => {
    world = await buildWorld();
  });

  describe("keys", () => {
    it("keeps only the SHA-256 of a key and its prefix, never the key", async () => {
      const row = await db.apiKey.findUniqueOrThrow({ where: { id: world.keyA.id } });
      expect(row.secretHash).toBe(apiKeyHash(world.keyA.key));
      expect(row.prefix).toBe(world.keyA.key.slice(0, 12));
      expect(JSON.stringify(row)).not.toContain(world.keyA.key);
      const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "ApiKey", entityId: row.id, action: "CREATE" } });
      expect(audit.actorId).toBe(world.keyA.admin.id);
      expect(JSON.stringify(audit.changes)).not.toContain(world.keyA.key);
    });

    it("answers not found for a provider that does not exist, and saves nothing", async () => {
      const admin = await createUser(db, { role: "ADMIN" });
      const key = newApiKey();
      const result = await createApiKey(admin, { namn: "Fel", typ: "anordnare", anordnare: crypto.randomUUID(), nyckel: key });
      expect(result).toEqual({ ok: false, reason: "not-found" });
      expect(await db.apiKey.count({ where: { secretHash: apiKeyHash(key) } })).toBe(0);
    });

    it("refuses the same key twice and anyone but an admin", async () => {
      const again = await createApiKey(world.keyA.admin, { namn: "Igen", typ: "anordnare", anordnare: world.providerA.id, nyckel: world.keyA.key });
      expect(again).toMatchObject({ ok: false, reason: "conflict" });
      const host = await createUser(db, { role: "ANORDNARE", providerId: world.providerA.id });
      expect(await createApiKey(host, { namn: "Egen", typ: "anordnare", anordnare: world.providerA.id, nyckel: newApiKey() })).toEqual({ ok: false, reason: "forbidden" });
    });

    it("stops a revoked key at once with 401, and refuses revoking it twice", async () => {
      const { id, key, admin } = await createKeyFor(db, { providerId: world.providerA.id });
      expect((await placementsRoute(apiRequest("/placements", key))).status).toBe(200);
      expect(await revokeApiKey(admin, { apiKeyId: id })).toEqual({ ok: true, value: { id } });
      const refused = await json(await placementsRoute(apiRequest("/placements", key)));
      expect(refused.status).toBe(401);
      expect(problem.parse(refused.body).title).toBe("Ingen giltig API-nyckel");
      expect(await revokeApiKey(admin, { apiKeyId: id })).toMatchObject({ ok: false, reason: "conflict" });
      expect(await db.auditEvent.count({ where: { entity: "ApiKey", entityId: id, action: "UPDATE" } })).toBe(1);
    });

    it("stops a coordinator's key when the coordinator is deactivated", async () => {
      const coordinator = await coordinatorWith(db, { unitIds: [world.unit.id] });
      const { key } = await createKeyFor(db, { coordinatorId: coordinator.id });
      await db.user.update({ where: { id: coordinator.id }, data: { active: false } });
      expect((await figuresRoute(apiRequest("/figures", key))).status).toBe(401);
    });
  });

  describe("scope per key", () => {
    it("lists a provider key's own placements and nothing else", async () => {
      const page = await json(await placementsRoute(apiRequest("/placements", world.keyA.key)));
      expect(page.status).toBe(200);
      const parsed = apiPlacementPage.parse(page.body);
      expect(parsed.data.map((p) => p.id).sort()).toEqual(world.atA.map((p) => p.id).sort());
      expect(parsed.nextCursor).toBeNull();
      // The participant is named, never numbered: their personnummer is nowhere in the answer (a pattern of
      // twelve digits would also match a uuid's last group now and then).
      const raw = page.body as { data: { participant: object }[] };
      expect(raw.data.map((p) => Object.keys(p.participant).sort())).toEqual(raw.data.map(() => ["id", "name"]));
      const numbers = await db.participant.findMany({ where: { id: { in: parsed.data.map((p) => p.participant.id) } }, select: { personalIdentityNumber: true } });
      const body = JSON.stringify(page.body);
      expect(body).not.toContain("personalIdentityNumber");
      for (const { personalIdentityNumber } of numbers) expect(body).not.toContain(personalIdentityNumber.slice(2));
    });

    it("answers 404 for another provider's placement, its follow-ups, and an id that is no id", async () => {
      for (const response of [
        await placementRoute(apiRequest(`/placements/${world.atB.id}`, world.keyA.key), withId(world.atB.id)),
        await followUpsRoute(apiRequest(`/placements/${world.atB.id}/follow-ups`, world.keyA.key), withId(world.atB.id)),
        await placementRoute(apiRequest("/placements/nej", world.keyA.key), withId("nej")),
      ]) {
        const answer = await json(response);
        expect(answer.status).toBe(404);
        expect(answer.headers.get("content-type")).toContain("application/problem+json");
        expect(problem.parse(answer.body).status).toBe(404);
      }
    });

    it("shows one own placement as the host's page does, initials only under protected identity", async () => {
      const [unit, provider] = [await createUnit(db), await createProvider(db)];
      const { key } = await createKeyFor(db, { providerId: provider.id });
      const participant = await createProtectedParticipant(db, { unitId: unit.id, firstName: "Hemlig", lastName: "Person" });
      const placement = await createPlacement(db, { participantId: participant.id, providerId: provider.id });
      const answer = await json(await placementRoute(apiRequest(`/placements/${placement.id}`, key), withId(placement.id)));
      expect(answer.status).toBe(200);
      const detail = apiPlacementDetail.parse(answer.body);
      expect(detail.participant.name).toMatch(/^H\. P\. \(Ärende \d+\)$/);
      expect(JSON.stringify(answer.body)).not.toContain("Hemlig");
    });

    it("lists submitted follow-ups only, never a draft", async () => {
      const [placement] = world.atA;
      const author = await createUser(db, { role: "ANORDNARE", providerId: world.providerA.id });
      const submitted = await db.followUp.create({ data: { placementId: placement!.id, date: new Date("2026-02-20T00:00:00Z"), authorId: author.id, status: "SUBMITTED", submittedAt: new Date(), attendance: "AS_AGREED", plannedHours: 20, attendedHours: 20 } });
      await db.followUp.create({ data: { placementId: placement!.id, date: new Date("2026-02-27T00:00:00Z"), authorId: author.id, status: "DRAFT", concerns: "utkast" } });
      const answer = await json(await followUpsRoute(apiRequest(`/placements/${placement!.id}/follow-ups`, world.keyA.key), withId(placement!.id)));
      expect(answer.status).toBe(200);
      expect(apiFollowUpList.parse(answer.body).data.map((f) => f.id)).toEqual([submitted.id]);
    });

    it("refuses a coordinator's key on placements and a provider's key on figures with 403, logged", async () => {
      const refusedPlacements = await json(await placementsRoute(apiRequest("/placements", world.coordinatorKey.key)));
      const refusedFigures = await json(await figuresRoute(apiRequest("/figures", world.keyA.key)));
      expect([refusedPlacements.status, refusedFigures.status]).toEqual([403, 403]);
      expect(problem.parse(refusedFigures.body).title).toBe("Inte tillåtet för den här nyckeln");
      const denied = await db.auditEvent.findMany({ where: { action: "ACCESS_DENIED", apiKeyId: { in: [world.keyA.id, world.coordinatorKey.id] } } });
      expect(denied.map((e) => e.entityId).sort()).toEqual(["/api/v1/figures", "/api/v1/placements"]);
    });

    it("gives a coordinator's key the dashboard's suppressed figures, and 404 without a scope", async () => {
      const answer = await json(await figuresRoute(apiRequest("/figures", world.coordinatorKey.key)));
      expect(answer.status).toBe(200);
      const figures = apiFigures.parse(answer.body);
      // Three participants on placement in the unit: a group of 1–4, so the dashboard withholds the tables whole.
      expect(figures.stages.withheld).toBe("SMALL_GROUP");
      expect(figures.stages.cells).toEqual([]);
      const unscoped = await createKeyFor(db, { coordinatorId: (await coordinatorWith(db)).id });
      expect((await figuresRoute(apiRequest("/figures", unscoped.key))).status).toBe(404);
    });
  });

  describe("paging", () => {
    it("walks every placement once with a cursor, also when one is added between pages", async () => {
      const provider = await createProvider(db);
      const { key } = await createKeyFor(db, { providerId: provider.id });
      const made = [];
      for (let i = 0; i < 5; i++) made.push(await placementAt(provider.id, world.unit.id));
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const address = `/placements?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
        const page = apiPlacementPage.parse((await json(await placementsRoute(apiRequest(address, key)))).body);
        seen.push(...page.data.map((p) => p.id));
        cursor = page.nextCursor;
        if (++pages === 1) made.push(await placementAt(provider.id, world.unit.id));
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...seen].sort());
      // Every placement there before the walk is seen; the one added meanwhile, when its id sorts after the cursor.
      for (const p of made.slice(0, 5)) expect(seen).toContain(p.id);
    });
  });

  describe("bad requests", () => {
    it.each([
      ["/placements?limit=abc", "limit"],
      ["/placements?limit=0", "limit"],
      ["/placements?limit=101", "limit"],
      ["/placements?cursor=1%27%20OR%201=1", "cursor"],
      ["/placements?sida=2", "sida"],
      ["/placements?limit=2&limit=3", "limit"],
    ])("answers %s with 400 naming %s in Swedish", async (address, parameter) => {
      const answer = await json(await placementsRoute(apiRequest(address, world.keyA.key)));
      expect(answer.status).toBe(400);
      const body = problem.parse(answer.body);
      expect(body.errors?.map((e) => e.parameter)).toEqual([parameter]);
      expect(body.errors?.[0]?.message).toMatch(/Parametern|Okänd parameter/);
    });

    it.each([
      ["no header", undefined],
      ["another scheme", "Basic dXNlcjpwYXNz"],
      ["a token that is not a key", "Bearer stv_kort"],
      ["an unknown key", `Bearer ${newApiKey()}`],
    ])("answers %s with 401 and a WWW-Authenticate header", async (_case, authorization) => {
      const response = await placementsRoute(apiRequest("/placements", null, authorization));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(problem.parse(await response.json()).type).toBe("about:blank");
    });
  });

  describe("rate limit", () => {
    it(`answers the request after ${API_RATE_LIMIT.requests} in a window with 429 and Retry-After, and writes no audit row for it`, async () => {
      const { id, key } = await createKeyFor(db, { providerId: world.providerA.id });
      const now = Date.now();
      await db.apiRequest.createMany({ data: Array.from({ length: API_RATE_LIMIT.requests }, (_, i) => ({ apiKeyId: id, at: new Date(now - 30_000 + i) })) });
      const reads = await db.auditEvent.count({ where: { apiKeyId: id } });
      const response = await placementsRoute(apiRequest("/placements", key));
      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(API_RATE_LIMIT.windowSeconds);
      expect(await db.auditEvent.count({ where: { apiKeyId: id } })).toBe(reads);
    });

    it("counts each key apart", async () => {
      const { id } = await createKeyFor(db, { providerId: world.providerA.id });
      await db.apiRequest.createMany({ data: Array.from({ length: API_RATE_LIMIT.requests }, () => ({ apiKeyId: id, at: new Date() })) });
      expect((await placementsRoute(apiRequest("/placements", world.keyA.key))).status).toBe(200);
    });
  });

  describe("audit", () => {
    it("logs one read per participant shown, by the key and not by a user", async () => {
      const { id, key } = await createKeyFor(db, { providerId: world.providerA.id });
      await placementsRoute(apiRequest("/placements", key));
      const reads = await db.auditEvent.findMany({ where: { apiKeyId: id, action: "READ" } });
      const shownParticipants = await db.placement.findMany({ where: { id: { in: world.atA.map((p) => p.id) } }, select: { participantId: true } });
      expect(reads.map((r) => r.entityId).sort()).toEqual(expect.arrayContaining(shownParticipants.map((p) => p.participantId).sort()));
      expect(reads.every((r) => r.actorId === null && r.actorRole === "ANORDNARE" && r.entity === "Participant")).toBe(true);
      expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    });
  });

  describe("OpenAPI document", () => {
    it("is OpenAPI 3.1 with every $ref resolved, and each path is a route that exists", async () => {
      const doc = (await openApiRoute().json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: Record<string, Record<string, unknown>> };
      expect(doc.openapi).toBe("3.1.0");
      expect(Object.keys(doc.paths).sort()).toEqual(["/figures", "/placements", "/placements/{id}", "/placements/{id}/follow-ups"]);
      for (const [route, operations] of Object.entries(doc.paths)) {
        const file = path.join(process.cwd(), "app/api/v1", route.replace("{id}", "[id]"), "route.ts");
        expect(existsSync(file), file).toBe(true);
        for (const operation of Object.values(operations)) {
          expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["200", "401", "403", "429"]));
        }
      }
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/([^/]+)\/([^"]+)"/g)];
      expect(refs.length).toBeGreaterThan(0);
      for (const [, section, name] of refs) expect(doc.components[section!]?.[name!], `${section}/${name}`).toBeDefined();
      expect(Object.keys(doc.components.securitySchemes!)).toEqual(["apiKey"]);
    });
  });

  describe("under hostile requests", () => {
    it("answers any query and any path id with 200, a Swedish 400 or 404, never a fault, and reads nothing of another provider", async () => {
      const { id, key } = await createKeyFor(db, { providerId: world.providerA.id });
      const coordinator = await createKeyFor(db, { coordinatorId: world.coordinator.id });
      const parameter = fc.oneof(fc.constantFrom("cursor", "limit", "sida"), hostileText());
      const foreign = [world.atB.id];
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(parameter, hostileText(foreign)), { maxLength: 3 }), hostileText(foreign), async (pairs, pathId) => {
          // The limit is proven above; here every request must reach the routes' own checks.
          await db.apiRequest.deleteMany({ where: { apiKeyId: { in: [id, coordinator.id] } } });
          const query = `?${new URLSearchParams(pairs).toString()}`;
          const answers = [
            await placementsRoute(apiRequest(`/placements${query}`, key)),
            await placementRoute(apiRequest(`/placements/x${query}`, key), withId(pathId)),
            await followUpsRoute(apiRequest(`/placements/x/follow-ups${query}`, key), withId(pathId)),
            await figuresRoute(apiRequest(`/figures${query}`, coordinator.key)),
          ];
          for (const response of answers) {
            const body = await response.text();
            expect([200, 400, 404], body).toContain(response.status);
            if (response.status !== 200) expect(problem.parse(JSON.parse(body)).detail).toMatch(/[a-zåäö]/);
            expect(body).not.toContain(world.atB.participantId);
          }
        }),
        { numRuns: FUZZ.serviceRuns, seed: FUZZ.seed },
      );
    }, Math.max(60_000, FUZZ.serviceRuns * 2_000));

    it("answers any Authorization header that is not a key with 401", async () => {
      await fc.assert(
        fc.asyncProperty(hostileText(), fc.constantFrom("Bearer ", "bearer ", "", "Basic ", "Bearer stv_"), async (text, scheme) => {
          const response = await placementsRoute(apiRequest("/placements", null, `${scheme}${encodeURIComponent(text)}`.slice(0, 8_000)));
          expect(response.status).toBe(401);
        }),
        { numRuns: FUZZ.serviceRuns, seed: FUZZ.seed },
      );
    });
  });
});
