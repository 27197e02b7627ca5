// The participant's own view (issue 18), tried as the people would: the officer gives a code, the participant signs
// in on a phone-sized screen and sees exactly their own case, approves their agreement and sees who has read
// about them; nothing else is reachable.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { formatPersonalNumber } from "../../lib/format/personal-number";
import { addDaysIso } from "../../lib/rules";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createAgreement } from "../support/agreement-factories";
import { createListedParticipant, createPlacementOn } from "../support/factories";
import { demoUser, expectAccessible, signInAs } from "./fixtures";

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
test.afterAll(() => db.$disconnect());

const today = stockholmDay();
const PHONE = { width: 390, height: 844 };

/** A participant of the demo officer with a running placement at the demo host's workplace and an agreement sent for approval. */
async function aParticipantWithAgreement(lastName: string) {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const host = await db.user.findUniqueOrThrow({ where: { email: demoUser("ANORDNARE").email }, include: { supervisor: true } });
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, firstName: "Sara", lastName });
  const startDate = addDaysIso(today, -10);
  const placement = await createPlacementOn(db, { participantId: participant.id, providerId: host.providerId!, officerId: officer.id, decisionDate: addDaysIso(startDate, -7), startDate, plannedEndDate: addDaysIso(today, 60), status: "ACTIVE" });
  await db.placement.update({ where: { id: placement.id }, data: { supervisorId: host.supervisor!.id } });
  await createAgreement(db, { placementId: placement.id, officerId: officer.id, hostUserId: host.id, step: "sent", sentOn: today });
  // A follow-up the host has sent, for the participant to answer.
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const followUp = await db.followUp.create({
    data: {
      placementId: placement.id,
      authorId: host.id,
      date: day(addDaysIso(today, -1)),
      periodFrom: day(startDate),
      periodTo: day(addDaysIso(today, -1)),
      plannedHours: 20,
      attendedHours: 12,
      attendance: "PARTLY",
      tasks: "Plock och pack",
      abilityRatings: [],
      status: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  return { participant, placement, followUp, personnummer: formatPersonalNumber(participant.personalIdentityNumber) };
}

/** The officer activates a new code on the participant's sign-in page and reads it off the page, as they would read it out. */
async function codeFromOfficer(browser: Browser, participantId: string): Promise<string> {
  const officer = await (await browser.newContext()).newPage();
  await signInAs(officer, demoUser("HANDLAGGARE"));
  await officer.goto(`/handlaggare/deltagare/${participantId}`);
  await officer.getByRole("link", { name: "Deltagarens inloggning (Mina sidor)" }).click();
  const code = (await officer.getByLabel(/^Koden:/).textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectAccessible(officer);
  await officer.getByRole("button", { name: "Aktivera koden" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "Koden är aktiverad" })).toBeVisible();
  // No other code is shown after the click, so the officer cannot read out one that does not work.
  await expect(officer.getByLabel(/^Koden:/)).toHaveCount(0);
  await officer.screenshot({ path: "screenshots/participant-code-officer.png", fullPage: true });
  await officer.context().close();
  return code;
}

async function onPhone(browser: Browser): Promise<Page> {
  return (await browser.newContext({ viewport: PHONE })).newPage();
}

/** Nothing is wider than the screen: no sideways scrolling at 390 px (WCAG 1.4.10). */
async function fitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test("a participant signs in with the officer's code and sees exactly their own case on a phone", async ({ browser }) => {
  const mine = await aParticipantWithAgreement("Egensson");
  const theirs = await aParticipantWithAgreement("Annansson");
  const code = await codeFromOfficer(browser, mine.participant.id);

  const page = await onPhone(browser);
  // A deep link while signed out leads to the participant's own sign-in.
  await page.goto("/mina-sidor");
  await expect(page).toHaveURL(/\/logga-in\/deltagare/);
  await expectAccessible(page);
  await page.getByLabel("Ditt personnummer").fill(mine.personnummer);
  await page.getByLabel("Koden från din handläggare").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page).toHaveURL(/\/mina-sidor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hej Sara!" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Här är du nu" })).toContainText("Komma igång");
  await expect(page.getByRole("region", { name: "Dina placeringar" })).toContainText("Väntar på godkännande");
  await expect(page.getByText("Annansson")).toHaveCount(0);
  await expectAccessible(page);
  await fitsThePhone(page);
  await page.screenshot({ path: "screenshots/participant-overview-390.png", fullPage: true });

  // The placement and the agreement, which the participant approves themselves.
  await page.getByRole("link", { name: "läs och godkänn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Överenskommelse" })).toBeVisible();
  await expectAccessible(page);
  await fitsThePhone(page);
  await page.getByRole("button", { name: "Jag godkänner överenskommelsen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Du har godkänt överenskommelsen" })).toBeVisible();
  const approval = await db.agreementApproval.findFirstOrThrow({ where: { placementId: mine.placement.id, party: "PARTICIPANT" }, include: { approvedBy: true } });
  expect(approval.approvedBy.participantId).toBe(mine.participant.id);
  expect(approval.onBehalfReason).toBeNull();

  await page.goto(`/mina-sidor/placeringar/${mine.placement.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Din placering hos");
  await expect(page.getByRole("region", { name: "Uppföljningar" })).toContainText("Delvis");
  await expectAccessible(page);
  await fitsThePhone(page);
  // Their own view before the next follow-up: an empty one is refused at the field, in plain words.
  await page.getByRole("button", { name: "Skicka", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "fel" })).toBeFocused();
  await page.getByLabel("Så här går det för mig").fill("Jag trivs, men morgnarna är svåra. Jag vill börja klockan nio.");
  await page.getByRole("button", { name: "Skicka", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Det du skrev är skickat" })).toBeVisible();
  // Their answer to the follow-up: "not right" needs to say what.
  await page.getByRole("radio", { name: "Det stämmer inte" }).check();
  await page.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(page.getByText("Skriv vad som inte stämmer.").first()).toBeVisible();
  await page.getByLabel("Det här stämmer inte").fill("Jag var sjuk två dagar och sa till i tid.");
  await page.getByRole("radio", { name: "Det stämmer inte" }).check();
  await page.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tack för ditt svar" })).toBeVisible();
  await expect(page.locator("p", { hasText: "Ditt svar:" })).toContainText("Jag var sjuk två dagar");
  await expectAccessible(page);
  await fitsThePhone(page);
  await page.screenshot({ path: "screenshots/participant-placement-390.png", fullPage: true });

  // Who has read about them: the officer who gave the code is there.
  await page.getByRole("link", { name: "Vem har läst om mig" }).first().click();
  await expect(page.getByRole("list", { name: /Vem som har läst/ })).toContainText("Gav deltagaren en inloggningskod");
  await expect(page.getByRole("list", { name: /Vem som har läst/ })).toContainText("Du själv");
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/participant-access-log-390.png", fullPage: true });

  // Nothing else: another participant's placement is not found, staff pages are refused.
  for (const path of [`/mina-sidor/placeringar/${theirs.placement.id}`, `/mina-sidor/placeringar/${theirs.placement.id}/overenskommelse`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  for (const path of ["/handlaggare", `/handlaggare/deltagare/${mine.participant.id}`, "/anordnare", "/koordinator", "/admin", "/aviseringar", "/mina-sessioner", "/byt-losenord"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await page.context().close();

  // The officer reads the answer on the follow-up they review.
  const officer = await (await browser.newContext()).newPage();
  await signInAs(officer, demoUser("HANDLAGGARE"));
  await officer.goto(`/handlaggare/uppfoljningar/${mine.followUp.id}`);
  await expect(officer.getByText("Deltagaren håller inte med:")).toBeVisible();
  await expect(officer.getByText("Jag var sjuk två dagar och sa till i tid.")).toBeVisible();
  await expectAccessible(officer);
  // The view was written after that follow-up: it is for the next one, and the placement's page lists it.
  await officer.goto(`/handlaggare/placeringar/${mine.placement.id}`);
  await expect(officer.getByText("Jag trivs, men morgnarna är svåra.", { exact: false })).toBeVisible();
  await officer.screenshot({ path: "screenshots/participant-statements-officer.png", fullPage: true });
  await officer.context().close();

  // The code opened one sign-in: the same code again is refused, in plain words, at the form.
  const again = await onPhone(browser);
  await again.goto("/logga-in/deltagare");
  await again.getByLabel("Ditt personnummer").fill(mine.personnummer);
  await again.getByLabel("Koden från din handläggare").fill(code);
  await again.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(again.locator("#sign-in-error")).toContainText("Be din handläggare om en ny kod");
  await expect(again).toHaveURL(/\/logga-in\/deltagare/);
  await again.context().close();
});
