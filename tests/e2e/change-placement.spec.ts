import { expect as baseExpect, test, type Page } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { addDaysIso, maxPeriod } from "../../lib/rules";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createPlacementOn, createProvider, createListedParticipant, createUnit, createUser } from "../support/factories";
import { demoUser, expectAccessible, signIn } from "./fixtures";

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
// Each test walks through several pages (with an accessibility scan on each) on a machine shared with
// other builds, where a page or a server action can take more than the default five seconds.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
test.afterAll(() => db.$disconnect());

const today = stockholmDay();

/** A running placement of the demo case officer's own participant: started a month ago, ends in a month. */
async function aRunningPlacement(lastName: string) {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const provider = await createProvider(db, { name: `Lagerhuset ${lastName} AB` });
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, firstName: "Elsa", lastName });
  const startDate = addDaysIso(today, -30);
  const decisionDate = addDaysIso(startDate, -7);
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: provider.id,
    officerId: officer.id,
    decisionDate,
    startDate,
    plannedEndDate: addDaysIso(today, 30),
    status: "ACTIVE",
  });
  const limit = maxPeriod({ programme: "JOB", kind: "ARBETSTRANING", startDate, decisionDate });
  if (!limit.allowed) throw new Error(limit.explanation);
  return { placement, provider, participant, plannedEndDate: addDaysIso(today, 30), limit };
}

/** `signInAs` for the demo case officer, with room for a slow sign-in (argon2) on a busy machine. */
async function signInAsOfficer(page: Page) {
  const officer = demoUser("HANDLAGGARE");
  await page.goto("/logga-in");
  await signIn(page, officer.email, officer.password);
  await expect(page).toHaveURL(/\/handlaggare$/);
}

const errorSummary = (page: Page) => page.getByRole("alert").filter({ hasText: "fel i formuläret" });

test("the case officer extends, shortens and ends a placement, and reads its history", async ({ page }) => {
  const { placement, provider, plannedEndDate, limit } = await aRunningPlacement("Förlängdsson");
  await signInAsOfficer(page);

  await page.goto(`/handlaggare/placeringar/${placement.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Arbetsträning hos ${provider.name}` })).toBeVisible();
  await expect(page.getByText("Pågår", { exact: true })).toBeVisible();
  await expect(page.getByText("Placeringen har inte ändrats sedan den registrerades.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Registrera ny period" })).toHaveAttribute("href", `/handlaggare/deltagare/${placement.participantId}/placering/ny?foregaende=${placement.id}`);
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/placement-page.png", fullPage: true });

  // Extend: too far first. The hint and the refusal quote the same rule.
  await page.getByRole("link", { name: "Förläng", exact: true }).click();
  await expect(page).toHaveURL(`/handlaggare/placeringar/${placement.id}/forlang`);
  await expect(page.getByText(limit.explanation)).toBeVisible();
  await expectAccessible(page);
  const newEnd = page.getByLabel("Nytt planerat slutdatum");
  await newEnd.fill(addDaysIso(limit.lastDay, 1));
  await page.getByRole("button", { name: "Förläng placeringen" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expect(newEnd).toHaveValue(addDaysIso(limit.lastDay, 1));
  await expect(errorSummary(page)).toContainText(`ligger efter periodens sista tillåtna dag, ${limit.lastDay}`);
  await expect(newEnd).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/placement-extend-refused.png", fullPage: true });

  const extendedEnd = addDaysIso(plannedEndDate, 60);
  await newEnd.fill(extendedEnd);
  await page.getByLabel("Motivering").fill("Behöver mer tid för att träna truckkörning");
  await page.getByRole("button", { name: "Förläng placeringen" }).click();
  await expect(page).toHaveURL(`/handlaggare/placeringar/${placement.id}?klart=placering-forlangd`);
  await expect(page.getByRole("status").filter({ hasText: "Placeringen är förlängd." })).toBeVisible();

  // Shorten, with the keyboard only.
  await page.getByRole("link", { name: "Förkorta", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/handlaggare/placeringar/${placement.id}/forkorta`);
  await expectAccessible(page);
  const shortenedEnd = addDaysIso(today, 14);
  await page.getByLabel("Nytt planerat slutdatum").fill(shortenedEnd);
  await page.getByLabel("Anledning").focus();
  await page.keyboard.type("Deltagaren börjar en utbildning");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Förkorta placeringen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/handlaggare/placeringar/${placement.id}?klart=placering-forkortad`);

  // End with an outcome; "other" without words is refused.
  await page.getByRole("link", { name: "Avsluta", exact: true }).click();
  await expectAccessible(page);
  await page.getByLabel("Sista dagen på placeringen").fill(today);
  await page.getByRole("radio", { name: "Annat skäl", exact: true }).check();
  await page.getByRole("radio", { name: "Arbete", exact: true }).check();
  await page.getByRole("button", { name: "Avsluta placeringen" }).click();
  await expect(errorSummary(page)).toContainText("Beskriv skälet när du väljer ”Annat skäl”.");
  await page.screenshot({ path: "screenshots/placement-end-refused.png", fullPage: true });
  await page.getByRole("radio", { name: "Fick arbete", exact: true }).check();
  await page.getByLabel("Anteckningar").fill("Anställd som lagerarbetare <b>från måndag</b>");
  await page.getByRole("button", { name: "Avsluta placeringen" }).click();
  await expect(page).toHaveURL(`/handlaggare/placeringar/${placement.id}?klart=placering-avslutad`);

  // The page now tells the whole story.
  await expect(page.getByText("Avslutad", { exact: true }).first()).toBeVisible();
  const outcome = page.getByRole("region", { name: "Resultat" });
  await expect(outcome).toContainText("Arbete");
  await expect(outcome).toContainText("Anställd som lagerarbetare <b>från måndag</b>");
  const history = page.getByRole("table", { name: "Placeringens historik" });
  await expect(history.getByRole("row")).toHaveCount(4);
  await expect(history.getByRole("row").nth(1)).toContainText(`Förlängd`);
  await expect(history.getByRole("row").nth(1)).toContainText(`${plannedEndDate} → ${extendedEnd}`);
  await expect(history.getByRole("row").nth(1)).toContainText("Behöver mer tid för att träna truckkörning");
  await expect(history.getByRole("row").nth(2)).toContainText(`${extendedEnd} → ${shortenedEnd}`);
  await expect(history.getByRole("row").nth(3)).toContainText(`Avslutad`);
  await expect(history.getByRole("row").nth(3)).toContainText(`${shortenedEnd} → ${today}`);
  await expect(history.getByRole("row").nth(3)).toContainText("Fick arbete");
  await expect(page.getByRole("link", { name: "Förläng", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Makulera", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/placement-ended.png", fullPage: true });
});

test("an edit made on a page opened before someone else's save is refused with the stale message", async ({ page, context }) => {
  const { placement, plannedEndDate } = await aRunningPlacement("Dubbelflik");
  await signInAsOfficer(page);
  const second = await context.newPage();
  for (const tab of [page, second]) await tab.goto(`/handlaggare/placeringar/${placement.id}/forlang`);

  await page.getByLabel("Nytt planerat slutdatum").fill(addDaysIso(plannedEndDate, 10));
  await page.getByRole("button", { name: "Förläng placeringen" }).click();
  await expect(page).toHaveURL(/klart=placering-forlangd/);

  await second.getByLabel("Nytt planerat slutdatum").fill(addDaysIso(plannedEndDate, 20));
  await second.getByRole("button", { name: "Förläng placeringen" }).click();
  await expect(errorSummary(second)).toContainText("Någon annan har ändrat uppgifterna. Ladda om sidan.");
  await expect(second.getByLabel("Nytt planerat slutdatum")).toHaveValue(addDaysIso(plannedEndDate, 20));
  await expectAccessible(second);
  await second.screenshot({ path: "screenshots/placement-stale-edit.png", fullPage: true });

  const row = await db.placement.findUniqueOrThrow({ where: { id: placement.id } });
  expect(row.version).toBe(2);
  expect(row.plannedEndDate.toISOString().slice(0, 10)).toBe(addDaysIso(plannedEndDate, 10));
  expect(await db.placementEvent.count({ where: { placementId: placement.id } })).toBe(1);
});

test("a placement registered in error is cancelled with a reason and stays in the history", async ({ page }) => {
  const { placement } = await aRunningPlacement("Makuleradsdotter");
  await signInAsOfficer(page);
  await page.goto(`/handlaggare/placeringar/${placement.id}/makulera`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Makulera placeringen" }).click();
  await expect(errorSummary(page)).toContainText("Fyll i anledning.");
  await page.getByLabel("Anledning").fill("Registrerad på fel anordnare");
  await page.getByRole("button", { name: "Makulera placeringen" }).click();
  await expect(page).toHaveURL(/klart=placering-makulerad/);
  await expect(page.getByText("Makulerad", { exact: true })).toBeVisible();
  await expect(page.getByText("Registrerad på fel anordnare").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Ändra placeringen" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/placement-cancelled.png", fullPage: true });

  // The form of a cancelled placement says why instead of offering itself.
  await page.goto(`/handlaggare/placeringar/${placement.id}/forlang`);
  await expect(page.getByText("Placeringen är makulerad och kan inte ändras.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Förläng placeringen" })).toHaveCount(0);
});

test("a placement that does not exist, or is not the officer's unit's, is not found", async ({ page }) => {
  const elsewhere = await createUnit(db);
  const theirs = await createListedParticipant(db, { unitId: elsewhere.id });
  const theirOfficer = await createUser(db, { role: "HANDLAGGARE", unitId: elsewhere.id });
  const provider = await createProvider(db);
  const theirPlacement = await createPlacementOn(db, { participantId: theirs.id, providerId: provider.id, officerId: theirOfficer.id, startDate: today, plannedEndDate: addDaysIso(today, 30) });
  await signInAsOfficer(page);
  expect((await page.goto(`/handlaggare/placeringar/${crypto.randomUUID()}`))?.status()).toBe(404);
  expect((await page.goto(`/handlaggare/placeringar/${theirPlacement.id}`))?.status()).toBe(404);
  expect((await page.goto(`/handlaggare/placeringar/${theirPlacement.id}/avsluta`))?.status()).toBe(404);
  expect((await page.goto("/handlaggare/placeringar/inte-ett-id/forlang"))?.status()).toBe(404);
});
