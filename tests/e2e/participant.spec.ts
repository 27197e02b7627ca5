import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { addDaysIso } from "../../lib/rules";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createParticipant, createPlacementOn, createProtectedParticipant, untakenPersonalNumber, withWrongCheckDigit } from "../support/factories";
import { demoUser, expectAccessible, signInAs } from "./fixtures";

// The machine is shared and the build is served cold: each flow gets room, each step a little patience.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => db.$disconnect());

/** A test-series personnummer that neither the demo data nor another test has registered. */
const freshPersonalNumber = () => untakenPersonalNumber(db);

const written = (twelveDigits: string) => `${twelveDigits.slice(0, 8)}-${twelveDigits.slice(8)}`;
const masked = (twelveDigits: string) => `${twelveDigits.slice(0, 8)}-****`;

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Fältet gick inte att nå med Tab");
}

test("an officer registers a participant, reveals the personnummer, records an assessment and edits the details", async ({ page }) => {
  await signInAs(page, demoUser("HANDLAGGARE"));
  await page.goto("/handlaggare/deltagare/ny");
  await expectAccessible(page);

  const number = await freshPersonalNumber();
  const lastName = `Testsson ${Date.now()}`;
  const numberField = page.getByLabel("Personnummer eller samordningsnummer");
  await numberField.fill(written(withWrongCheckDigit(number)));
  await page.getByLabel("Förnamn").fill("Elin");
  await page.getByLabel("Efternamn").fill(lastName);
  await page.getByLabel("Kvinna", { exact: true }).check();
  await page.getByLabel("Folkbokförd i kommun").selectOption("0980");
  await page.getByLabel("Program", { exact: true }).selectOption("JOB");
  await page.getByRole("button", { name: "Registrera deltagaren" }).click();

  // The refusal is at the field and in the error summary, which takes focus; nothing typed is lost.
  const summary = page.getByRole("alert").filter({ hasText: "Det finns ett fel i formuläret" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("kontrollsiffran");
  await expect(numberField).toHaveAttribute("aria-invalid", "true");
  await expect(numberField).toHaveAccessibleDescription(/kontrollsiffran/);
  await expect(page.getByLabel("Förnamn")).toHaveValue("Elin");
  await expect(page.getByLabel("Efternamn")).toHaveValue(lastName);
  await expect(page.getByLabel("Folkbokförd i kommun")).toHaveValue("0980");
  await page.screenshot({ path: "screenshots/participant-register-error.png", fullPage: true });

  await numberField.fill(written(number));
  await page.getByRole("button", { name: "Registrera deltagaren" }).click();
  await expect(page).toHaveURL(/\/handlaggare\/deltagare\/[0-9a-f-]{36}\?klart=deltagare-registrerad$/);
  await expect(page.getByRole("status")).toHaveText("Deltagaren är registrerad.");
  await expect(page.getByRole("heading", { level: 1, name: `Elin ${lastName}` })).toBeVisible();
  const participantId = new URL(page.url()).pathname.split("/").at(-1)!;

  // Masked, and the whole number is nowhere in the page until the audited click.
  await expect(page.getByTestId("personnummer")).toHaveText(masked(number));
  const html = await page.content();
  expect(html).not.toContain(written(number));
  expect(html).not.toContain(number);
  for (const section of ["Steg", "Placeringar", "Individuella bedömningar", "Uppföljningar", "Handlingsplan", "Milstolpar", "Utfall"]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Registrera placering" })).toHaveAttribute("href", `/handlaggare/deltagare/${participantId}/placering/ny`);
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/participant-case-new.png", fullPage: true });

  await page.getByRole("button", { name: "Visa hela personnumret" }).click();
  await expect(page.getByTestId("personnummer")).toHaveText(written(number));
  const reveals = await db.auditEvent.count({ where: { entity: "Participant", entityId: participantId, action: "READ", changes: { equals: { view: "reveal-personal-number" } } } });
  expect(reveals).toBe(1);
  await page.getByRole("link", { name: "Dölj numret" }).click();
  await expect(page.getByTestId("personnummer")).toHaveText(masked(number));

  await page.getByRole("link", { name: "Gör en individuell bedömning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gör en individuell bedömning" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Motivering").fill("Har inte varit i arbete på länge och behöver <träna> rutiner.");
  await page.getByLabel("Slutsats").fill("Arbetsträning är lämpligast.");
  await page.getByLabel("Arbetsträning är fortfarande den lämpligaste insatsen").check();
  await page.getByRole("button", { name: "Spara bedömningen" }).click();
  await expect(page.getByRole("status")).toHaveText("Den individuella bedömningen är sparad.");
  const assessments = page.getByRole("region", { name: "Individuella bedömningar" });
  await expect(assessments).toContainText("Arbetsträning bedöms vara lämpligast");
  await expect(assessments).toContainText("Har inte varit i arbete på länge och behöver <träna> rutiner.");

  await page.getByRole("link", { name: "Ändra uppgifter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ändra uppgifter om deltagaren" })).toBeVisible();
  await expect(page.getByLabel("Personnummer eller samordningsnummer")).toHaveCount(0);
  await expect(page.getByLabel("Förnamn")).toHaveValue("Elin");
  await expect(page.getByLabel("Kvinna", { exact: true })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel("Förnamn").fill("Elina");
  await page.getByRole("button", { name: "Spara ändringarna" }).click();
  await expect(page.getByRole("status")).toHaveText("Uppgifterna om deltagaren är sparade.");
  await expect(page.getByRole("heading", { level: 1, name: `Elina ${lastName}` })).toBeVisible();
  await page.screenshot({ path: "screenshots/participant-case-worked.png", fullPage: true });

  await page.getByRole("link", { name: "Flytta till en annan handläggare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Flytta deltagaren" })).toBeVisible();
  await expect(page.getByLabel("Ny ansvarig handläggare").locator("option")).not.toHaveCount(1);
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/participant-transfer.png", fullPage: true });
});

test("a participant can be registered with the keyboard alone", async ({ page }) => {
  await signInAs(page, demoUser("HANDLAGGARE"));
  await page.goto("/handlaggare/deltagare/ny");
  const number = await freshPersonalNumber();
  const lastName = `Tangentsson ${Date.now()}`;

  await tabTo(page, page.getByLabel("Personnummer eller samordningsnummer"));
  await page.keyboard.type(written(number));
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Förnamn")).toBeFocused();
  await page.keyboard.type("Karl");
  await page.keyboard.press("Tab");
  await page.keyboard.type(lastName);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Kvinna", { exact: true })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Man", { exact: true })).toBeChecked();
  await tabTo(page, page.getByLabel("Folkbokförd i kommun"));
  await page.keyboard.type("Gotland");
  await expect(page.getByLabel("Folkbokförd i kommun")).toHaveValue("0980");
  await tabTo(page, page.getByLabel("Program", { exact: true }));
  await page.keyboard.type("Jobb");
  await expect(page.getByLabel("Program", { exact: true })).toHaveValue("JOB");
  await tabTo(page, page.getByRole("button", { name: "Registrera deltagaren" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("status")).toHaveText("Deltagaren är registrerad.");
  await expect(page.getByRole("heading", { level: 1, name: `Karl ${lastName}` })).toBeVisible();
  // The reveal is a button a keyboard reaches too.
  await tabTo(page, page.getByRole("button", { name: "Visa hela personnumret" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("personnummer")).toHaveText(written(number));
});

test("an anordnare sees a protected participant as initials and a case number", async ({ page }) => {
  const host = demoUser("ANORDNARE");
  const { id: hostId, providerId } = await db.user.findUniqueOrThrow({ where: { email: host.email }, select: { id: true, providerId: true } });
  const { id: officerId, unitId } = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email }, select: { id: true, unitId: true } });
  const hidden = await createProtectedParticipant(db, { unitId: unitId!, firstName: "Ögon", lastName: `Skyddadsson ${Date.now()}` });
  // The demo host is a supervisor with a login of their own: they see the running placements they supervise.
  const today = stockholmDay();
  const placement = await createPlacementOn(db, { participantId: hidden.id, providerId: providerId!, officerId, startDate: addDaysIso(today, -10), plannedEndDate: addDaysIso(today, 50), status: "ACTIVE" });
  const supervisor = await db.supervisor.findUniqueOrThrow({ where: { userId: hostId } });
  await db.placement.update({ where: { id: placement.id }, data: { supervisorId: supervisor.id } });

  await signInAs(page, host);
  const table = page.getByRole("table", { name: /Pågående och planerade placeringar/ });
  await expect(table).toContainText(`Ö. S. (Ärende ${hidden.caseNumber})`);
  await expect(table).not.toContainText("Skyddadsson");
  expect(await page.content()).not.toContain(hidden.personalIdentityNumber.slice(0, 8));
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/provider-protected-identity.png", fullPage: true });
});

test("an officer writes the action plan and adds a milestone", async ({ page }) => {
  const officer = demoUser("HANDLAGGARE");
  const { id: officerId, unitId } = await db.user.findUniqueOrThrow({ where: { email: officer.email }, select: { id: true, unitId: true } });
  const participant = await createParticipant(db, { unitId: unitId!, responsibleOfficerId: officerId });
  await signInAs(page, officer);
  await page.goto(`/handlaggare/deltagare/${participant.id}`);

  await page.getByRole("link", { name: "Skriv en handlingsplan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skriv en handlingsplan" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Mål").fill("Arbete inom lager och logistik inom ett år.");
  await page.getByLabel("Kompetensanalys").fill("Truckkort A och B.\nTre års erfarenhet av plock.");
  await page.getByRole("button", { name: "Spara handlingsplanen" }).click();
  await expect(page.getByRole("status")).toHaveText("Handlingsplanen är sparad.");
  const plan = page.getByRole("region", { name: "Handlingsplan" });
  await expect(plan).toContainText("Arbete inom lager och logistik inom ett år.");
  await expect(plan).toContainText("Stödbehov");

  await page.getByRole("link", { name: "Lägg till milstolpe" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Spara milstolpen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Det finns ett fel i formuläret" })).toBeFocused();
  await page.getByLabel("Milstolpe").selectOption("CV_DONE");
  await page.getByLabel("Anteckning").fill("Granskat av studie- och yrkesvägledare");
  await page.getByRole("button", { name: "Spara milstolpen" }).click();
  await expect(page.getByRole("status")).toHaveText("Milstolpen är sparad.");
  await expect(page.getByRole("region", { name: "Milstolpar" })).toContainText("CV klart");
  await expectAccessible(page);
});

test("a case with placements, stages and follow-ups reads as a timeline", async ({ page }) => {
  const officer = demoUser("HANDLAGGARE");
  const { unitId } = await db.user.findUniqueOrThrow({ where: { email: officer.email }, select: { unitId: true } });
  // The demo's richest case in the officer's unit: read only, to look at the page as it is meant to be used.
  const rich = await db.participant.findFirstOrThrow({
    where: { unitId: unitId!, stageAssessments: { some: {} }, placements: { some: { followUps: { some: { status: { not: "DRAFT" } } } } } },
    orderBy: { placements: { _count: "desc" } },
    select: { id: true },
  });
  await signInAs(page, officer);
  await page.goto(`/handlaggare/deltagare/${rich.id}`);
  await expect(page.getByRole("list", { name: "Placeringar och perioder, äldst först" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Stegbedömningar, senaste först" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Uppföljningar, senaste först" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/participant-case-rich.png", fullPage: true });
});
