import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createListedParticipant, uniqueTestPersonalNumber } from "../support/factories";
import { demoUser, expectAccessible, signInAs } from "./fixtures";

const officer = demoUser("HANDLAGGARE");
/** A surname of this run's own, so that the list shows exactly what this spec created. */
const family = `Provsson${randomBytes(3).toString("hex")}`;
const number = uniqueTestPersonalNumber();

// One signed-in page for the whole file: the tests only read, and one sign-in spares a loaded machine.
test.describe.configure({ mode: "serial", timeout: 90_000 });
let page: Page;

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(120_000);
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
  try {
    const me = await db.user.findUniqueOrThrow({ where: { email: officer.email }, select: { id: true, unitId: true } });
    for (let i = 1; i <= 30; i++) {
      await createListedParticipant(db, {
        unitId: me.unitId!,
        responsibleOfficerId: me.id,
        firstName: `Deltagare${String(i).padStart(2, "0")}`,
        lastName: family,
        personalIdentityNumber: i === 1 ? number : undefined,
        protectedIdentity: i === 2,
      });
    }
  } finally {
    await db.$disconnect();
  }
  const { baseURL, locale, timezoneId } = testInfo.project.use;
  page = await (await browser.newContext({ baseURL, locale, timezoneId })).newPage();
  await signInAs(page, officer).catch(async () => {
    // On a loaded machine the first sign-in to a freshly started app can outlast the fixture's wait.
    await expect(page).toHaveURL(/\/handlaggare$/, { timeout: 60_000 });
  });
});

test.afterAll(async ({}, testInfo) => {
  testInfo.setTimeout(60_000);
  await page?.context().close();
});

test.beforeEach(async () => {
  await page.goto("/handlaggare");
});

test("filters in the address are the view: they survive a reload and show in the form", async () => {
  await page.goto("/handlaggare?vem=enheten&steg=pa-vag&sortera=program");
  await expect(page.getByRole("heading", { level: 1, name: "Deltagare på enheten" })).toBeVisible();
  await expect(page).toHaveTitle("Deltagare på enheten – Stegvis");
  await page.reload();
  await expect(page.getByLabel("Visa")).toHaveValue("enheten");
  await expect(page.getByLabel("Steg")).toHaveValue("pa-vag");
  await expect(page.getByLabel("Sortera efter")).toHaveValue("program");
  const stages = await page.getByRole("table").locator("tbody tr td:nth-child(4)").allTextContents();
  expect(stages.length).toBeGreaterThan(0);
  expect(new Set(stages)).toEqual(new Set(["På väg"]));
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/caseload-unit-filtered.png", fullPage: true });
});

test("an officer searches by name with the keyboard, pages through the hits, and opens a participant", async () => {
  const search = page.getByLabel("Sök på namn eller personnummer");
  await search.focus();
  await page.keyboard.type(family.toUpperCase());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${family.toUpperCase()}`));
  await expect(page.getByText("Visar 1–25 av 30 deltagare")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Skyddad identitet" })).toBeVisible();
  await page.screenshot({ path: "screenshots/caseload-search.png", fullPage: true });

  const next = page.getByRole("navigation", { name: "Sidor" }).getByRole("link", { name: "Nästa" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sida=2/);
  await expect(page.getByText("Visar 26–30 av 30 deltagare")).toBeVisible();
  await expect(page.getByLabel("Sök på namn eller personnummer")).toHaveValue(family.toUpperCase());
  await expectAccessible(page);

  const link = page.getByRole("link", { name: `${family}, Deltagare30` });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/handlaggare\/deltagare\/[0-9a-f-]{36}$/);
});

test("a personnummer is found by its short form with a dash, and shown masked", async () => {
  await page.getByLabel("Sök på namn eller personnummer").fill(`${number.slice(2, 8)}-${number.slice(8)}`);
  await page.getByRole("button", { name: "Visa deltagare" }).click();
  await expect(page.getByText("1 deltagare", { exact: true })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(family) });
  await expect(row).toContainText(`${number.slice(0, 8)}-****`);
  await expect(row).not.toContainText(number.slice(8));
});

test("no hits says so and leads back to the whole list", async () => {
  await page.goto("/handlaggare?q=Ingenalls-finns&placering=pagar");
  await expect(page.getByRole("heading", { name: "Inga träffar" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/caseload-no-hits.png", fullPage: true });
  await page.getByRole("link", { name: "Rensa filter och sökning" }).last().click();
  await expect(page).toHaveURL(/\/handlaggare$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mina deltagare" })).toBeVisible();
});

test("the header leads a case officer to their caseload, registration and the providers", async () => {
  const menu = page.getByRole("navigation", { name: "Huvudmeny" });
  await expect(menu.getByRole("link")).toHaveText(["Mina deltagare", /^Inkorg( \d+ väntar)?$/, "Registrera deltagare", "Anordnare"]);
  await expect(page.getByRole("main").getByRole("link", { name: "Registrera deltagare" })).toHaveAttribute("href", "/handlaggare/deltagare/ny");
});
