import { expect, test, type Page } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { addDaysIso, periodEnd } from "../../lib/rules";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createParticipant, createProvider, createSupervisor } from "../support/factories";
import { demoUser, expectAccessible, signInAs } from "./fixtures";

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => db.$disconnect());

/** A participant in JOB in the demo officer's unit, and a provider with room, made for this test alone. */
async function participantAndProvider() {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const participant = await db.participant.update({
    where: { id: (await createParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, programme: "JOB" })).id },
    data: { firstName: "Placeringstest", jobCompensableDays: 120 },
  });
  const provider = await createProvider(db, { name: `Placeringslager ${participant.caseNumber} AB` });
  const supervisor = await createSupervisor(db, { providerId: provider.id, name: "Hedda Handledare" });
  return { participant, provider, supervisor };
}

async function fillPeriod(page: Page, { providerId, start, end }: { providerId: string; start: string; end: string }) {
  await page.getByLabel("Anordnare", { exact: true }).selectOption(providerId);
  await page.getByLabel("Handledare").selectOption({ label: "Hedda Handledare" });
  await page.getByRole("radio", { name: "Arbetsträning", exact: true }).check();
  await page.getByLabel("Startdatum").fill(start);
  await page.getByLabel("Planerat slutdatum").fill(end);
  await page.getByLabel("Timmar per vecka").fill("20");
  await page.getByLabel("Mål med perioden").fill("Komma i gång med fasta tider");
  await page.getByLabel("Arbetsuppgifter").fill("Plock och pack");
  await page.getByRole("radio", { name: "Det är kö till tjänsten" }).check();
}

async function fillNewAssessment(page: Page, date: string) {
  await page.getByRole("radio", { name: "Gör en ny bedömning nu" }).check();
  await page.getByLabel("Datum för bedömningen").fill(date);
  await page.getByLabel("Motivering").fill("Har provat studier; behöver träna arbetsrutiner på en riktig arbetsplats.");
  await page.getByLabel("Slutsats").fill("Arbetsträning är den mest lämpliga insatsen");
  await page.getByLabel("Arbetsträning är den mest lämpliga insatsen för deltagaren").check();
}

test("a case officer registers a placement within the longest period, then a new period with a new assessment", async ({ page }) => {
  const { participant, provider } = await participantAndProvider();
  const today = stockholmDay();
  const start = addDaysIso(today, 7);
  const lastDay = periodEnd(start, 6);

  await signInAs(page, demoUser("HANDLAGGARE"));
  await page.goto(`/handlaggare/deltagare/${participant.id}/placering/ny`);
  await expect(page.getByRole("heading", { name: "Registrera placering" })).toBeVisible();
  await expectAccessible(page);

  await fillPeriod(page, { providerId: provider.id, start, end: periodEnd(start, 7) });
  // The limit, computed in the browser by lib/rules, names the rule.
  await expect(page.getByText(`Senast tillåtna slutdatum: ${lastDay}.`)).toContainText("Arbetsträning i jobb- och utvecklingsgarantin får vara högst 6 månader");
  await fillNewAssessment(page, today);
  await page.screenshot({ path: "screenshots/placement-form.png", fullPage: true });

  await page.getByRole("button", { name: "Registrera placeringen" }).click();
  const summary = page.getByRole("alert");
  await expect(summary).toContainText(`ligger efter periodens sista tillåtna dag, ${lastDay}`);
  await expect(page.locator("#" + (await page.getByLabel("Planerat slutdatum").getAttribute("aria-describedby"))!.split(" ").at(-1)!)).toContainText(
    "får vara högst 6 månader",
  );
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/placement-form-refused.png", fullPage: true });

  // By keyboard: from the planned end, Tab to "Föreslå slutdatum", Enter fills the last allowed day.
  await page.getByLabel("Planerat slutdatum").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Föreslå slutdatum" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Planerat slutdatum")).toHaveValue(lastDay);
  await page.getByRole("button", { name: "Registrera placeringen" }).focus();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/handlaggare/deltagare/${participant.id}\\?klart=placering-registrerad$`));
  await expect(page.getByRole("status")).toHaveText("Placeringen är registrerad.");
  const first = await db.placement.findFirstOrThrow({ where: { participantId: participant.id } });
  expect(first).toMatchObject({ periodNumber: 1, status: "PLANNED", plannedEndDate: new Date(`${lastDay}T00:00:00Z`) });

  // A new period follows the first; the first period's assessment is not enough.
  await page.goto(`/handlaggare/deltagare/${participant.id}/placering/ny?foregaende=${first.id}`);
  await expect(page.getByRole("heading", { name: "Registrera en ny period" })).toBeVisible();
  const secondStart = addDaysIso(lastDay, 1);
  await fillPeriod(page, { providerId: provider.id, start: secondStart, end: periodEnd(secondStart, 3) });
  await page.getByRole("radio", { name: "Använd en bedömning som redan är gjord" }).check();
  await page.getByLabel("Bedömning", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: "Registrera placeringen" }).click();
  await expect(page.getByRole("alert")).toContainText("Det saknas en ny individuell bedömning");
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/placement-new-period-refused.png", fullPage: true });

  await fillNewAssessment(page, today);
  // A double click registers once.
  await page.getByRole("button", { name: "Registrera placeringen" }).dblclick();
  await expect(page.getByRole("status")).toHaveText("Placeringen är registrerad.");
  const periods = await db.placement.findMany({ where: { participantId: participant.id }, orderBy: { periodNumber: "asc" } });
  expect(periods.map((p) => [p.periodNumber, p.previousPlacementId])).toEqual([
    [1, null],
    [2, first.id],
  ]);
});
