import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { WITHHELD_TEXT } from "../../lib/rules/suppression";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { coordinatorWith, dashboardWorld } from "../support/dashboard-factories";
import { createProvider } from "../support/factories";
import { demoUser, expectAccessible, signIn, signInAs } from "./fixtures";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());

const SIGN_IN_TIMEOUT = { timeout: 60_000 };
const isoDaysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A unit of the test's own and a coordinator granted it. Active placements, by hand:
 * 7 women in JOB at "på väg"; 6 men in JOB and 5 women in UGA at "komma igång".
 */
async function coordinatorWithKnownFigures() {
  const world = await dashboardWorld(prisma);
  const placement = { start: isoDaysFromNow(-30), plannedEnd: isoDaysFromNow(60) };
  await world.people(7, { gender: "FEMALE", programme: "JOB", stages: [[isoDaysFromNow(-40), "KOMMA_IGANG"], [isoDaysFromNow(-10), "PA_VAG"]], placement });
  await world.people(6, { gender: "MALE", programme: "JOB", stages: [[isoDaysFromNow(-40), "KOMMA_IGANG"]], placement });
  await world.people(5, { gender: "FEMALE", programme: "UGA", stages: [[isoDaysFromNow(-40), "KOMMA_IGANG"]], placement });
  return coordinatorWith(prisma, { unitIds: [world.unit.id] });
}

/** The stage table's row as its cells' text: women, men, other or unknown, total. */
async function stageRow(page: Page, stage: string) {
  const row = page.locator('table[data-figure="steg"]').getByRole("row", { name: new RegExp(`^${stage}`) });
  return (await row.getByRole("cell").allInnerTexts()).map((t) => t.trim());
}

async function downloaded(page: Page, linkName: string): Promise<Buffer> {
  const [download]: [Download, unknown] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return readFile((await download.path())!);
}

test("a coordinator opens the dashboard, filters by programme and gender, and downloads the same numbers", async ({ page }) => {
  // Sign-in (argon2), two full-page axe runs over a long page and two downloads, on a shared 2-core machine.
  test.setTimeout(120_000);
  const coordinator = await coordinatorWithKnownFigures();
  await page.goto("/logga-in");
  await signIn(page, coordinator.email, coordinator.password);
  await expect(page).toHaveURL(/\/koordinator$/, SIGN_IN_TIMEOUT);

  await expect(page.getByRole("heading", { level: 1, name: "Översikt" })).toBeVisible();
  expect(await stageRow(page, "Komma igång")).toEqual(["5", "6", "0", "11"]);
  expect(await stageRow(page, "På väg")).toEqual(["7", "0", "0", "7"]);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/dashboard-all.png", fullPage: true });

  await page.getByLabel("Program", { exact: true }).selectOption("JOB");
  await page.getByLabel("Kön", { exact: true }).selectOption("kvinna");
  await page.getByRole("button", { name: "Visa siffror" }).click();
  await expect(page).toHaveURL(/program=JOB/);
  await expect(page).toHaveURL(/kon=kvinna/);
  expect(await stageRow(page, "Komma igång")).toEqual(["0", "0", "0", "0"]);
  expect(await stageRow(page, "På väg")).toEqual(["7", "0", "0", "7"]);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/dashboard-filtered.png", fullPage: true });

  const csv = (await downloaded(page, "Ladda ner Just nu som CSV")).toString("utf8").replace(/^\uFEFF/, "");
  const records: string[][] = parse(csv, { delimiter: ";", relax_column_count: true });
  expect(records.find((r) => r[0] === "På väg")).toEqual(["På väg", "7", "0", "0", "7"]);
  expect(records.find((r) => r[0] === "Komma igång")).toEqual(["Komma igång", "0", "0", "0", "0"]);
  expect(records.find((r) => r[0] === "Filter")?.[1]).toContain("program=JOB");

  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await downloaded(page, "Ladda ner Just nu som Excel (XLSX)")) as unknown as ArrayBuffer);
  const stages = book.worksheets[1]!;
  const rows = Array.from({ length: stages.rowCount }, (_, i) => (stages.getRow(i + 1).values as unknown[]).slice(1).map(String));
  expect(rows.find((r) => r[0] === "På väg")).toEqual(["På väg", "7", "0", "0", "7"]);
});

test("a coordinator who filters down to one participant sees no table, not even zeros, and is told why", async ({ page }) => {
  test.setTimeout(90_000);
  const world = await dashboardWorld(prisma);
  const lonely = await createProvider(prisma);
  await world.person({ gender: "FEMALE", stages: [[isoDaysFromNow(-40), "NASTAN_FRAMME"]], placement: { providerId: lonely.id, start: isoDaysFromNow(-30), plannedEnd: isoDaysFromNow(10) } });
  const coordinator = await coordinatorWith(prisma, { unitIds: [world.unit.id] });
  await page.goto("/logga-in");
  await signIn(page, coordinator.email, coordinator.password);
  await expect(page).toHaveURL(/\/koordinator$/, SIGN_IN_TIMEOUT);

  await page.goto(`/koordinator?anordnare=${lonely.id}`);
  await expect(page.locator('[data-figure="steg"]')).toContainText(WITHHELD_TEXT.SMALL_GROUP);
  await expect(page.locator("table")).toHaveCount(0);
  await expectAccessible(page);
});

test("a coordinator finds a provider by searching, chooses among several, and the figures follow the choice", async ({ page }) => {
  test.setTimeout(90_000);
  const world = await dashboardWorld(prisma);
  const word = `Sök${randomUUID().slice(0, 8)}`;
  const bakery = await createProvider(prisma, { name: `${word} Bageri AB` });
  const bookshop = await createProvider(prisma, { name: `${word} Bokhandel AB` });
  await world.people(6, { gender: "FEMALE", stages: [[isoDaysFromNow(-40), "PA_VAG"]], placement: { providerId: bookshop.id, start: isoDaysFromNow(-30), plannedEnd: isoDaysFromNow(60) } });
  const coordinator = await coordinatorWith(prisma, { unitIds: [world.unit.id] });
  await page.goto("/logga-in");
  await signIn(page, coordinator.email, coordinator.password);
  await expect(page).toHaveURL(/\/koordinator$/, SIGN_IN_TIMEOUT);
  const field = page.getByLabel("Anordnare", { exact: true });
  const show = () => page.getByRole("button", { name: "Visa siffror" }).click();

  await field.fill(word.toLowerCase());
  await show();
  await expect(page.getByText("Flera anordnare matchar. Välj en:")).toBeVisible();
  await expect(page.locator('[data-figure="steg"]')).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/dashboard-provider-choose.png", fullPage: true });
  await page.getByRole("link", { name: bookshop.name }).click();
  await expect(page).toHaveURL(new RegExp(`anordnare=${bookshop.id}`));
  await expect(field).toHaveValue(bookshop.name);
  expect(await stageRow(page, "På väg")).toEqual(["6", "0", "0", "6"]);

  await field.fill(`${word} Finns inte`);
  await show();
  await expect(page.getByText(`Ingen aktiv anordnare matchar ”${word} Finns inte”.`)).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await field.fill(`${word} bageri`);
  await show();
  await expect(page).toHaveURL(new RegExp(`anordnare=${bakery.id}`));
  await expect(field).toHaveValue(bakery.name);

  await field.fill("");
  await show();
  await expect(page).not.toHaveURL(/anordnare=/);
  expect(await stageRow(page, "På väg")).toEqual(["6", "0", "0", "6"]);
});

test("a coordinator sees the twenty providers with the most overdue follow-ups, the totals of all, and where the rest are", async ({ page }) => {
  test.setTimeout(90_000);
  const world = await dashboardWorld(prisma);
  // Two overdue each: every provider's count is hidden ("<5"), the total of 44 is not.
  for (let i = 0; i < 22; i++) {
    const provider = await createProvider(prisma);
    const placement = { providerId: provider.id, start: isoDaysFromNow(-30), plannedEnd: isoDaysFromNow(60), nextFollowUpDueOn: isoDaysFromNow(-3) };
    await world.people(2, { gender: "FEMALE", stages: [[isoDaysFromNow(-40), "PA_VAG"]], placement });
  }
  const coordinator = await coordinatorWith(prisma, { unitIds: [world.unit.id] });
  await page.goto("/logga-in");
  await signIn(page, coordinator.email, coordinator.password);
  await expect(page).toHaveURL(/\/koordinator$/, SIGN_IN_TIMEOUT);

  const overdue = page.locator('table[data-figure="forsenade"]');
  await expect(overdue.locator("tbody tr")).toHaveCount(21);
  const total = overdue.getByRole("row", { name: /^Totalt, alla 22 anordnare/ });
  expect((await total.getByRole("cell").allInnerTexts()).map((t) => t.trim())).toEqual(["44"]);
  await expect(page.getByText("Tabellen visar 20 av 22 anordnare, de med störst antal först. Alla finns i nedladdningen nedan (CSV eller Excel).")).toBeVisible();
  const csv = (await downloaded(page, "Ladda ner Just nu som CSV")).toString("utf8");
  expect(csv.match(/^Anordnare \d+ AB;<5\r?$/gm)).toHaveLength(22);
});

test("a coordinator without a scope is told whom to ask", async ({ page }) => {
  const coordinator = await coordinatorWith(prisma);
  await page.goto("/logga-in");
  await signIn(page, coordinator.email, coordinator.password);
  await expect(page).toHaveURL(/\/koordinator$/, SIGN_IN_TIMEOUT);
  await expect(page.getByText("Be din administratör om det.")).toBeVisible();
  await expectAccessible(page);
});

for (const role of ["HANDLAGGARE", "ANORDNARE"] as const) {
  test(`a ${role.toLowerCase()} reaches neither the dashboard nor its exports`, async ({ page }) => {
    await signInAs(page, demoUser(role));
    expect((await page.goto("/koordinator"))?.status()).toBe(403);
    await expectAccessible(page);
    for (const view of ["nu", "period", "sus"]) {
      for (const format of ["csv", "xlsx"]) {
        const response = await page.request.get(`/koordinator/export/${view}?format=${format}`);
        expect(response.status()).toBe(403);
        expect(response.headers()["content-disposition"]).toBeUndefined();
      }
    }
  });
}

test("an admin gives a coordinator a scope", async ({ page }) => {
  const coordinator = await coordinatorWith(prisma);
  await signInAs(page, demoUser("ADMIN"));
  await page.getByRole("link", { name: `Ändra omfattning för ${coordinator.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Omfattning för ${coordinator.name}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Hela landet").check();
  await page.getByRole("button", { name: "Spara omfattningen" }).click();
  await expect(page.getByRole("status")).toHaveText("Koordinatorns omfattning är sparad.");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/admin-scope.png", fullPage: true });
  expect(await prisma.coordinatorScope.findMany({ where: { userId: coordinator.id }, select: { national: true } })).toEqual([{ national: true }]);
  expect(await prisma.auditEvent.count({ where: { entity: "CoordinatorScope", entityId: coordinator.id, action: "UPDATE" } })).toBe(1);
});
