import { expect, test, type Locator, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createParticipant, createPlacement, createProvider, createUnit, testOrganisationNumber, wrongCheckDigit } from "../support/factories";
import { demoUser, expectAccessible, signInAs } from "./fixtures";

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

/** The message shown at a field: the element its aria-describedby names for the error. */
async function fieldMessage(field: Locator) {
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ").filter((id) => id.endsWith("-error"));
  expect(ids).toHaveLength(1);
  return field.page().locator(`[id="${ids[0]}"]`);
}

test("a case officer registers a provider, finds it in the list, adds a supervisor and edits its capacity", async ({ page }) => {
  test.slow(); // a long flow on a shared machine
  const name = `Trädgården ${Date.now().toString(36)} AB`;
  const organisationNumber = testOrganisationNumber();
  await signInAs(page, demoUser("HANDLAGGARE"));

  await page.goto("/handlaggare/anordnare");
  await expect(page.getByRole("heading", { level: 1, name: "Anordnare" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "anordnare-lista");

  await page.getByRole("link", { name: "Registrera anordnare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrera anordnare" })).toBeVisible();
  await expectAccessible(page);

  // First with a wrong check digit: the form says so at the field, and nothing is saved.
  const numberField = page.getByLabel("Organisationsnummer");
  await numberField.fill(wrongCheckDigit(organisationNumber));
  await page.getByLabel("Namn", { exact: true }).fill(name);
  await page.getByRole("radio", { name: "Arbetsgivare" }).check();
  await page.getByLabel("Kommun").selectOption({ label: "Gotland" });
  await page.getByLabel("Arbetsområden").fill("Trädgård, Växthus\nCafé");
  await page.getByLabel("Antal platser").fill("2");
  await page.getByRole("button", { name: "Registrera anordnaren" }).click();
  await expect(numberField).toHaveAttribute("aria-invalid", "true");
  await expect(await fieldMessage(numberField)).toContainText("Det är inte ett giltigt organisationsnummer");
  await expect(page.getByRole("alert")).toContainText("Det finns ett fel i formuläret");
  await expectAccessible(page);
  await shot(page, "anordnare-ny-fel");

  await numberField.fill(organisationNumber.replace("-", ""));
  await page.getByRole("button", { name: "Registrera anordnaren" }).click();
  await expect(page.getByRole("status")).toHaveText("Anordnaren är registrerad.");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(organisationNumber).first()).toBeVisible();
  await expect(page.getByText("0 av 2 platser används")).toBeVisible();

  // In the list, found by its number typed without the dash.
  await page.goto("/handlaggare/anordnare");
  await page.getByLabel("Sök på namn eller organisationsnummer").fill(organisationNumber.replace("-", ""));
  await page.getByRole("button", { name: "Sök" }).click();
  await expect(page).toHaveURL(/q=\d{10}/);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("0 av 2 platser används");
  await row.getByRole("link", { name }).click();

  // A supervisor, added with the keyboard only.
  await page.getByRole("link", { name: "Lägg till handledare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lägg till handledare" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Namn").focus();
  await page.keyboard.type("Sara Ek");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Trädgårdsmästare");
  await page.keyboard.press("Tab");
  await page.keyboard.type("sara.ek@tradgarden.example");
  await page.keyboard.press("Tab");
  await page.keyboard.type("070-123 45 67");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Lägg till handledaren" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Handledaren är sparad.");
  await expect(page.getByRole("table", { name: "Handledare" })).toContainText("Sara Ek");
  await expectAccessible(page);
  await shot(page, "anordnare-detalj");

  await page.getByRole("link", { name: "Ändra uppgifterna" }).click();
  await expect(page.getByLabel("Arbetsområden")).toHaveValue("Trädgård\nVäxthus\nCafé");
  await expectAccessible(page);
  await page.getByLabel("Antal platser").fill("3");
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByRole("status")).toHaveText("Uppgifterna om anordnaren är sparade.");
  await expect(page.getByText("0 av 3 platser används")).toBeVisible();
});

test("another unit's provider is shown with its load, full, and without edit buttons", async ({ page }) => {
  const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
  const unit = await createUnit(db, { name: "Kommunens arbetsmarknadsenhet" });
  const provider = await createProvider(db, { name: `Fulla verkstaden ${Date.now().toString(36)}` });
  await db.provider.update({ where: { id: provider.id }, data: { unitId: unit.id, capacity: 1 } });
  const participant = await createParticipant(db, { unitId: unit.id });
  const placement = await createPlacement(db, { participantId: participant.id, providerId: provider.id });
  await db.placement.update({ where: { id: placement.id }, data: { plannedEndDate: new Date("2099-01-01T00:00:00Z") } });
  await db.$disconnect();

  await signInAs(page, demoUser("HANDLAGGARE"));
  await page.goto(`/handlaggare/anordnare?q=${encodeURIComponent(provider.name)}`);
  await expect(page.getByRole("row", { name: new RegExp(provider.name) })).toContainText("1 av 1 plats används");
  await expect(page.getByRole("row", { name: new RegExp(provider.name) })).toContainText("Fullt");

  await page.getByRole("link", { name: provider.name }).click();
  await expect(page.getByText("Anordnaren registrerades av Kommunens arbetsmarknadsenhet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Ändra uppgifterna" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Lägg till handledare" })).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, "anordnare-annan-enhet");
  expect((await page.goto(`/handlaggare/anordnare/${provider.id}/andra`))?.status()).toBe(403);
});
