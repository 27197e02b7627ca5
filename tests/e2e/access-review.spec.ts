// Åtkomstgranskning in the browser: a reviewer flags a sampled access with a reason (refused without one), and the
// admin sees the flag counted for the unit and month, with its reason. Each step is checked with axe.
import { expect as baseExpect, test } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { monthName, monthToReview } from "../../lib/rules";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createListedParticipant, createUnit, createUser } from "../support/factories";
import { demoUser, expectAccessible, signIn } from "./fixtures";

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
test.afterAll(() => db.$disconnect());

/** A unit of its own with a reviewer, and last month's read of one protected and one ordinary participant by a colleague at night. */
async function aUnitWithLastMonthsReads() {
  const unit = await createUnit(db);
  const reviewer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  await db.user.update({ where: { id: reviewer.id }, data: { reviewsAccess: true } });
  const colleague = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const ordinary = await createListedParticipant(db, { unitId: unit.id, firstName: "Vilma", lastName: "Granskad" });
  const hidden = await createListedParticipant(db, { unitId: unit.id, firstName: "Dold", lastName: "Skyddad", protectedIdentity: true });
  const month = monthToReview(stockholmDay());
  for (const [participant, day] of [[ordinary, "03"], [hidden, "04"]] as const) {
    await db.auditEvent.create({
      data: { actorId: colleague.id, actorRole: "HANDLAGGARE", action: "READ", entity: "Participant", entityId: participant.id, changes: { view: "participant-case" }, at: new Date(`${month.slice(0, 8)}${day}T21:30:00Z`) },
    });
  }
  return { unit, reviewer, colleague, ordinary, hidden, month };
}

test("a reviewer flags a sampled access with a reason, and the admin sees it counted", async ({ page }) => {
  const { unit, reviewer, colleague, ordinary, month } = await aUnitWithLastMonthsReads();

  await page.goto("/logga-in");
  await signIn(page, reviewer.email, reviewer.password);
  await expect(page).toHaveURL(/\/handlaggare$/, { timeout: 60_000 });
  await page.getByRole("link", { name: "Åtkomstgranskning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Åtkomstgranskning, ${monthName(month)}` })).toBeVisible();
  const table = page.getByRole("table", { name: `Åtkomster i urvalet för ${monthName(month)}` });
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table).toContainText("Vilma Granskad");
  await expect(table).toContainText("Ärende");
  await expect(table).toContainText("(skyddad identitet)");
  await expect(table).not.toContainText("Dold Skyddad");
  await expect(table).toContainText("Öppnade deltagarens ärende");
  await expectAccessible(page);

  await table.getByRole("row").filter({ hasText: "Vilma Granskad" }).getByRole("link", { name: /Granska/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Granska åtkomst" })).toBeVisible();
  await page.getByLabel("Inte motiverad").check();
  await page.getByRole("button", { name: "Spara beslutet" }).click();
  const reason = page.getByLabel("Motivering");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Skriv varför åtkomsten inte var motiverad.").first()).toBeVisible();
  expect(await db.accessReviewItem.count({ where: { participantId: ordinary.id, status: "FLAGGED" } })).toBe(0);
  await expectAccessible(page);

  await reason.fill("Ingen placering eller uppgift för deltagaren den dagen");
  await page.getByRole("button", { name: "Spara beslutet" }).click();
  await expect(page.getByText("Beslutet om åtkomsten är sparat.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tidigare beslut" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Ingen placering eller uppgift" })).toContainText(reviewer.name);
  await expectAccessible(page);

  await page.context().clearCookies();
  const admin = demoUser("ADMIN");
  await page.goto("/logga-in");
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/, { timeout: 60_000 });
  await page.getByRole("link", { name: "Åtkomstgranskning" }).click();
  const figures = page.getByRole("table", { name: "Urval per enhet och månad" });
  await expect(figures.getByRole("row").filter({ hasText: unit.name })).toContainText(
    // month, unit, accesses in the month, in the sample, reviewed, flagged, reviewers
    new RegExp(`${monthName(month)}\\s*${unit.name}\\s*2\\s*2\\s*1\\s*1\\s*1`),
  );
  const flags = page.getByRole("table", { name: "Åtkomster markerade som inte motiverade" });
  await expect(flags.getByRole("row").filter({ hasText: unit.name })).toContainText("Ingen placering eller uppgift för deltagaren den dagen");
  await expect(flags.getByRole("row").filter({ hasText: unit.name })).toContainText(colleague.name);
  await expect(flags).not.toContainText("Vilma");
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ladda ner som CSV" }).click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  expect(await readFile(file, "utf8")).toContain("Ingen placering eller uppgift för deltagaren den dagen");
});

test("the admin grants and revokes the reviewer permission on the user's page", async ({ page }) => {
  const unit = await createUnit(db);
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  const admin = demoUser("ADMIN");
  await page.goto("/logga-in");
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/, { timeout: 60_000 });
  await page.goto(`/admin/anvandare/${officer.id}`);
  await page.getByRole("button", { name: "Ge behörighet att granska åtkomster för enheten" }).click();
  await expect(page.getByText("Användaren granskar nu åtkomster till enhetens deltagare.")).toBeVisible();
  await expect(page.getByText("Granskar åtkomster till enhetens deltagare")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ta bort behörigheten att granska åtkomster" }).click();
  await expect(page.getByText("Användaren granskar inte längre åtkomster.")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { id: officer.id } })).reviewsAccess).toBe(false);
});
