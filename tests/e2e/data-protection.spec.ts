import { expect as baseExpect, test, type Page } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { addDaysIso } from "../../lib/rules";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createListedParticipant, createPlacementOn, createProvider, createUnit } from "../support/factories";
import { demoUser, expectAccessible, signIn } from "./fixtures";

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
test.afterAll(() => db.$disconnect());

const today = stockholmDay();

/** A participant of the demo case officer with a running placement whose goals the extract must show. */
async function aParticipantWithAPlacement(lastName: string) {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const provider = await createProvider(db, { name: `Verkstaden ${lastName} AB` });
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, firstName: "Sigrid", lastName });
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: provider.id,
    officerId: officer.id,
    decisionDate: addDaysIso(today, -37),
    startDate: addDaysIso(today, -30),
    plannedEndDate: addDaysIso(today, 30),
    status: "ACTIVE",
  });
  await db.placement.update({ where: { id: placement.id }, data: { goals: `Mål för ${lastName}: fasta tider` } });
  return { participant, provider };
}

async function signInAsOfficer(page: Page) {
  const officer = demoUser("HANDLAGGARE");
  await page.goto("/logga-in");
  await signIn(page, officer.email, officer.password);
  await expect(page).toHaveURL(/\/handlaggare$/);
}

test("the case officer prints a register extract, downloads it, and reads who accessed the record", async ({ page }) => {
  const { participant, provider } = await aParticipantWithAPlacement("Utdragsson");
  const number = `${participant.personalIdentityNumber.slice(0, 8)}-${participant.personalIdentityNumber.slice(8)}`;
  await signInAsOfficer(page);

  await page.goto(`/handlaggare/deltagare/${participant.id}`);
  await page.getByRole("navigation", { name: "Deltagarens rättigheter" }).getByRole("link", { name: "Registerutdrag" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registerutdrag för Sigrid Utdragsson" })).toBeVisible();
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await expect(page.getByText("Mål för Utdragsson: fasta tider")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Period 1: Arbetsträning hos ${provider.name}` })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/register-extract.png", fullPage: true });

  // On paper: no site header, no buttons or links to other pages; the extract itself stays.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Ladda ner som fil (JSON)" })).toBeHidden();
  await expect(page.getByText(number, { exact: true })).toBeVisible();
  await page.screenshot({ path: "screenshots/register-extract-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });

  const file = await page.request.get(`/handlaggare/deltagare/${participant.id}/registerutdrag/fil`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("application/json");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="registerutdrag-arende-\d+\.json"$/);
  const json = (await file.json()) as { participant: { personalNumber: string }; placements: { goals: string }[] };
  expect(json.participant.personalNumber).toBe(number);
  expect(json.placements.map((p) => p.goals)).toEqual(["Mål för Utdragsson: fasta tider"]);

  await page.getByRole("link", { name: "Vem har tagit del av uppgifterna?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utdrag ur åtkomstloggen för Sigrid Utdragsson" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Öppnade deltagarens ärende" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Tog fram ett registerutdrag (fil)" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Tog fram ett registerutdrag" }).first()).toContainText(demoUser("HANDLAGGARE").name);
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/access-log.png", fullPage: true });

  const csv = await page.request.get(`/handlaggare/deltagare/${participant.id}/atkomstlogg/fil`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(/^\uFEFFTidpunkt;Vem;Roll;Enhet eller arbetsplats;Vad\r\n/);
});

test("another unit's participant: the extracts and their files are not found", async ({ page }) => {
  const elsewhere = await createListedParticipant(db, { unitId: (await createUnit(db)).id, firstName: "Annan", lastName: "Enhetsson" });
  await signInAsOfficer(page);
  for (const path of ["registerutdrag", "atkomstlogg", "samtycke"]) {
    const response = await page.goto(`/handlaggare/deltagare/${elsewhere.id}/${path}`);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText("Enhetsson")).toHaveCount(0);
  }
  for (const path of ["registerutdrag/fil", "atkomstlogg/fil"]) {
    const response = await page.request.get(`/handlaggare/deltagare/${elsewhere.id}/${path}`);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain("Enhetsson");
  }
});

test("a withdrawn consent is recorded, marked on the case with what still runs, and stops extensions and new placements", async ({ page }) => {
  const { participant } = await aParticipantWithAPlacement("Samtyckesson");
  await signInAsOfficer(page);
  await page.goto(`/handlaggare/deltagare/${participant.id}`);
  await page.getByRole("link", { name: "Registrera återkallat samtycke" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrera att deltagaren har återkallat sitt samtycke" })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByLabel("Datum då deltagaren återkallade samtycket")).toHaveValue(today);
  await page.getByLabel("Anteckning").fill("Meddelade per telefon");
  await page.getByRole("button", { name: "Registrera återkallat samtycke" }).click();

  await expect(page).toHaveURL(new RegExp(`/handlaggare/deltagare/${participant.id}\\?klart=samtycke-aterkallat$`));
  await expect(page.getByText(`Samtycke återkallat ${today}`)).toBeVisible();
  const stillRunning = page.getByRole("status").filter({ hasText: "Fortfarande igång" });
  await stillRunning.getByRole("link", { name: /hos Verkstaden Samtyckesson AB/ }).click();
  await expect(page.getByText(`återkallade sitt samtycke ${today}. Placeringen kan inte förlängas`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Förläng" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Förkorta" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/handlaggare/deltagare/${participant.id}/placering/ny`);
  await expect(page.getByRole("status").filter({ hasText: `återkallade sitt samtycke ${today}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Registrera placeringen" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an admin sees today's retention list, by case number only, with a confirmation to run it", async ({ page }) => {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const gone = await createListedParticipant(db, { unitId: officer.unitId!, firstName: "Gammal", lastName: "Gallringsson", createdAt: new Date("2015-01-01T00:00:00Z") });
  const admin = demoUser("ADMIN");
  await page.goto("/logga-in");
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Gallring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gallring av deltagare" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: String(gone.caseNumber) }).first()).toBeVisible();
  await expect(page.getByText("Gallringsson")).toHaveCount(0);
  await expect(page.getByRole("checkbox", { name: "Jag har gått igenom listan" })).toBeVisible();
  await expectAccessible(page);
  // Submitting without the check is refused at the field; the anonymising run itself is tested in
  // tests/integration/data-protection.test.ts, so the demo data other specs read stays as it is.
  await page.getByRole("button", { name: /^Anonymisera \d+ deltagare$/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Kryssa i att du har gått igenom listan." })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Jag har gått igenom listan" })).toHaveAttribute("aria-invalid", "true");
  await expect.poll(async () => (await db.participant.findUniqueOrThrow({ where: { id: gone.id } })).anonymisedAt).toBeNull();
  await page.screenshot({ path: "screenshots/retention.png", fullPage: true });
});
