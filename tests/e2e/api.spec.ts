// The REST API over HTTP against the built app: an administrator creates a key in the browser and sees it
// once, the key reads its own provider's placements and nothing else, every route answers each kind of key
// as the table below says, and the key stops when revoked. And the coordinator's per-person SUS file.
import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";
import { expect, test, type Download } from "@playwright/test";
import { apiKeyHash, apiKeyPrefix, newApiKey } from "../../lib/api/token";
import { addDaysIso } from "../../lib/rules/dates";
import { today } from "../../lib/server/clock";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { coordinatorWith } from "../support/dashboard-factories";
import { createParticipant, createPlacementOn, createProvider, createUnit, createUser } from "../support/factories";
import { expectAccessible, signIn } from "./fixtures";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());
const baseUrl = process.env.E2E_BASE_URL!;
const SIGN_IN_TIMEOUT = { timeout: 60_000 };

/** A provider of the test's own with `count` running placements, each of a fresh participant with consent. */
async function providerWithPlacements(count: number) {
  const unit = await createUnit(prisma);
  const provider = await createProvider(prisma);
  const officer = await createUser(prisma, { role: "HANDLAGGARE", unitId: unit.id });
  const day = today();
  const placements = [];
  for (let i = 0; i < count; i++) {
    const participant = await createParticipant(prisma, { unitId: unit.id });
    await prisma.participant.update({ where: { id: participant.id }, data: { consentDate: new Date(`${addDaysIso(day, -40)}T00:00:00Z`) } });
    placements.push(await createPlacementOn(prisma, { participantId: participant.id, providerId: provider.id, officerId: officer.id, startDate: addDaysIso(day, -30), plannedEndDate: addDaysIso(day, 60), status: "ACTIVE" }));
  }
  return { unit, provider, placements };
}

async function keyFor(owner: { providerId: string } | { coordinatorId: string }) {
  const admin = await createUser(prisma, { role: "ADMIN" });
  const key = newApiKey();
  const kind = "providerId" in owner ? "PROVIDER" : "COORDINATOR";
  const row = await prisma.apiKey.create({ data: { kind, ...owner, name: "E2E", prefix: apiKeyPrefix(key), secretHash: apiKeyHash(key), createdById: admin.id } });
  return { id: row.id, key };
}

const api = (path: string, key?: string) => fetch(new URL(`/api/v1${path}`, baseUrl), { headers: key ? { authorization: `Bearer ${key}` } : {} });

test("an administrator creates a key, sees it once, the key reads its provider's placements only, and is revoked", async ({ page }) => {
  test.setTimeout(180_000);
  const own = await providerWithPlacements(2);
  const other = await providerWithPlacements(1);
  const admin = await createUser(prisma, { role: "ADMIN" });
  await page.goto("/logga-in");
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/, SIGN_IN_TIMEOUT);

  await page.getByRole("link", { name: "API-nycklar" }).first().click();
  await page.getByRole("link", { name: "Skapa API-nyckel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skapa API-nyckel" })).toBeVisible();
  // Refused without a name and an owner: the errors at their fields, nothing saved.
  await page.getByRole("button", { name: "Skapa nyckeln" }).click();
  await expect(page.getByText("Fyll i namn.").first()).toBeVisible();
  await expectAccessible(page);

  const key = (await page.getByTestId("api-key").textContent())!.trim();
  expect(key).toMatch(/^stv_[A-Za-z0-9_-]{43}$/);
  await page.getByLabel("Namn").fill("Anordnarens verksamhetssystem");
  await page.getByLabel(/^Anordnare: egna placeringar/).check();
  await page.locator("select[name=anordnare]").selectOption(own.provider.id);
  await page.screenshot({ path: "test-results/api-key-new.png", fullPage: true });
  await page.getByRole("button", { name: "Skapa nyckeln" }).click();

  await expect(page).toHaveURL(/\/admin\/api-nycklar\?klart=api-nyckel-skapad/);
  await expect(page.getByText("API-nyckeln är skapad.")).toBeVisible();
  const row = page.getByRole("row", { name: /Anordnarens verksamhetssystem/ });
  await expect(row).toContainText(key.slice(0, 12));
  // Seen once: the list shows the beginning only, and the page holds the key nowhere.
  expect(await page.content()).not.toContain(key);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/api-keys.png", fullPage: true });

  const listed = await api("/placements", key);
  expect(listed.status).toBe(200);
  const body = (await listed.json()) as { data: { id: string }[] };
  expect(body.data.map((p) => p.id).sort()).toEqual(own.placements.map((p) => p.id).sort());
  expect((await api(`/placements/${other.placements[0]!.id}`, key)).status).toBe(404);

  await row.getByRole("button", { name: /Återkalla/ }).click();
  await expect(page.getByText("API-nyckeln är återkallad.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Anordnarens verksamhetssystem/ })).toContainText("Återkallad");
  expect((await api("/placements", key)).status).toBe(401);
});

test("each route answers each kind of key as the table says, over HTTP", async () => {
  const own = await providerWithPlacements(1);
  const other = await providerWithPlacements(1);
  const provider = await keyFor({ providerId: own.provider.id });
  const coordinator = await keyFor({ coordinatorId: (await coordinatorWith(prisma, { unitIds: [own.unit.id] })).id });
  const revoked = await keyFor({ providerId: own.provider.id });
  const revoker = await createUser(prisma, { role: "ADMIN" });
  await prisma.apiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date(), revokedById: revoker.id } });
  const [mine, theirs] = [own.placements[0]!.id, other.placements[0]!.id];
  const table: [string, Record<"provider" | "coordinator" | "revoked" | "none", number>][] = [
    ["/placements", { provider: 200, coordinator: 403, revoked: 401, none: 401 }],
    [`/placements/${mine}`, { provider: 200, coordinator: 403, revoked: 401, none: 401 }],
    [`/placements/${theirs}`, { provider: 404, coordinator: 403, revoked: 401, none: 401 }],
    [`/placements/${mine}/follow-ups`, { provider: 200, coordinator: 403, revoked: 401, none: 401 }],
    [`/placements/${theirs}/follow-ups`, { provider: 404, coordinator: 403, revoked: 401, none: 401 }],
    ["/figures", { provider: 403, coordinator: 200, revoked: 401, none: 401 }],
    ["/placements?limit=0", { provider: 400, coordinator: 403, revoked: 401, none: 401 }],
  ];
  const keys = { provider: provider.key, coordinator: coordinator.key, revoked: revoked.key, none: undefined };
  const found: string[] = [];
  for (const [path, expected] of table) {
    for (const [who, key] of Object.entries(keys) as [keyof typeof keys, string | undefined][]) {
      const response = await api(path, key);
      const text = await response.text();
      if (response.status !== expected[who]) found.push(`${who} ${path}: väntat ${expected[who]}, fick ${response.status}`);
      if (response.status >= 400) expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(text).not.toContain(other.placements[0]!.participantId);
    }
  }
  expect(found).toEqual([]);
  const doc = await (await fetch(new URL("/api/v1/openapi.json", baseUrl))).json();
  expect(doc.openapi).toBe("3.1.0");
});

test("a coordinator downloads the per-person SUS file: consenting participants in scope, no names", async ({ page }) => {
  test.setTimeout(120_000);
  const own = await providerWithPlacements(2);
  const withoutConsent = await createParticipant(prisma, { unitId: own.unit.id });
  const officer = await createUser(prisma, { role: "HANDLAGGARE", unitId: own.unit.id });
  await createPlacementOn(prisma, { participantId: withoutConsent.id, providerId: own.provider.id, officerId: officer.id, startDate: addDaysIso(today(), -20), plannedEndDate: addDaysIso(today(), 20), status: "ACTIVE" });
  const coordinator = await coordinatorWith(prisma, { unitIds: [own.unit.id] });
  await page.goto("/logga-in");
  await signIn(page, coordinator.email, coordinator.password);
  await expect(page).toHaveURL(/\/koordinator$/, SIGN_IN_TIMEOUT);
  const [download]: [Download, unknown] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner SUS-fil per deltagare som CSV" }).click()]);
  const csv = (await readFile((await download.path())!)).toString("utf8").replace(/^\uFEFF/, "");
  const rows = parse(csv, { delimiter: ";", columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(2);
  expect(rows.every((r) => /^[0-9A-F]{16}$/.test(r["Löpnummer"]!) && r["Insats"] === "Arbetsträning" && r["Utskriven"] === "")).toBe(true);
  expect(csv).not.toContain(withoutConsent.lastName);
  expect(csv).not.toContain(withoutConsent.personalIdentityNumber);
});
