import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { addDaysIso } from "../../lib/rules";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createListedParticipant, createPlacementOn } from "../support/factories";
import { demoUser, expectAccessible, signInAs } from "./fixtures";

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
// Two people take turns over several pages (an accessibility scan on each) on a busy machine.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
test.afterAll(() => db.$disconnect());

const today = stockholmDay();
const errorSummary = (page: Page) => page.getByRole("alert").filter({ hasText: "fel i formuläret" });
/** The proposals on the anordnare's placement page, and the officer's inbox section of them. */
const proposalCards = (page: Page) => page.getByRole("region", { name: "Förslag och svar" }).getByRole("article");
const inboxProposals = (page: Page) => page.getByRole("region", { name: /Förslag att besvara/ });

/**
 * A running placement at the demo anordnare's workplace, supervised by them (they log in as its
 * supervisor), for a participant of the demo case officer: started a month ago, ends in a month.
 */
async function aSupervisedPlacement(lastName: string) {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const host = await db.user.findUniqueOrThrow({ where: { email: demoUser("ANORDNARE").email }, include: { supervisor: true } });
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, firstName: "Oskar", lastName });
  const startDate = addDaysIso(today, -30);
  const plannedEndDate = addDaysIso(today, 30);
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: host.providerId!,
    officerId: officer.id,
    decisionDate: addDaysIso(startDate, -7),
    startDate,
    plannedEndDate,
    status: "ACTIVE",
  });
  await db.placement.update({ where: { id: placement.id }, data: { supervisorId: host.supervisor!.id } });
  return { placement, participant, plannedEndDate };
}

async function signedIn(browser: Browser, user: ReturnType<typeof demoUser>) {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  return page;
}

/** The anordnare proposes an extension to `newEnd` from the placement's page. */
async function proposeExtension(page: Page, placementId: string, newEnd: string, justification: string) {
  await page.goto(`/anordnare/placeringar/${placementId}`);
  await page.getByRole("link", { name: "Förlängning", exact: true }).click();
  await expect(page).toHaveURL(`/anordnare/placeringar/${placementId}/forslag/forlangning`);
  await page.getByLabel("Nytt slutdatum").fill(newEnd);
  await page.getByRole("radio", { name: "Annat skäl" }).check();
  await page.getByLabel("Motivering").fill(justification);
  await page.getByRole("button", { name: "Skicka förslaget" }).click();
  await expect(page).toHaveURL(`/anordnare/placeringar/${placementId}?klart=forslag-skickat`);
}

test("the anordnare proposes, the case officer rejects with a reason and accepts the next, and both see the result", async ({ browser }) => {
  const { placement, participant, plannedEndDate } = await aSupervisedPlacement("Förslagsson");
  const host = await signedIn(browser, demoUser("ANORDNARE"));

  // The anordnare's placement page: no personnummer, nothing proposed yet.
  await host.goto(`/anordnare/placeringar/${placement.id}`);
  await expect(host.getByRole("heading", { level: 1, name: "Oskar Förslagsson" })).toBeVisible();
  await expect(host.getByText(participant.personalIdentityNumber.slice(2, 8))).toHaveCount(0);
  await expect(host.getByText("Ni har inte skickat några förslag om den här placeringen.")).toBeVisible();
  await expectAccessible(host);
  await host.screenshot({ path: "screenshots/proposals-host-empty.png", fullPage: true });

  // An empty proposal is refused by the server, every error at once.
  await host.getByRole("link", { name: "Förlängning", exact: true }).click();
  await expect(host.getByText(`Nu slutar placeringen ${plannedEndDate}.`)).toBeVisible();
  await expectAccessible(host);
  await host.getByRole("button", { name: "Skicka förslaget" }).click();
  await expect(errorSummary(host)).toBeFocused();
  await expect(errorSummary(host)).toContainText("Fyll i det nya slutdatumet du föreslår.");
  await expect(errorSummary(host)).toContainText("Välj ett skäl.");
  await expect(errorSummary(host)).toContainText("Fyll i motivering.");
  await expectAccessible(host);
  await host.screenshot({ path: "screenshots/proposal-form-refused.png", fullPage: true });

  const firstEnd = addDaysIso(plannedEndDate, 60);
  await proposeExtension(host, placement.id, firstEnd, "Behöver mer tid att lära sig truckkörning");
  await expect(host.getByRole("status").filter({ hasText: "Förslaget är skickat till handläggaren." })).toBeVisible();
  await expect(proposalCards(host)).toContainText("Väntar på svar");
  await expect(proposalCards(host)).toContainText(`Förläng till och med ${firstEnd}`);
  await expectAccessible(host);
  await host.screenshot({ path: "screenshots/proposals-host-waiting.png", fullPage: true });

  // The case officer finds it among the waiting proposals and rejects it; a rejection needs a reason.
  const officer = await signedIn(browser, demoUser("HANDLAGGARE"));
  await officer.goto("/handlaggare/inkorg");
  const row = inboxProposals(officer).getByRole("row").filter({ hasText: "Oskar Förslagsson" });
  await expect(row).toContainText(`Förläng till och med ${firstEnd}`);
  // The header's count holds the waiting proposals beside the follow-ups, as counted on the same page.
  const counted = async (name: RegExp) => Number(/\((\d+)\)/.exec((await officer.getByRole("heading", { level: 2, name }).textContent()) ?? "")?.[1]);
  const header = await officer.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: /Inkorg/ }).textContent();
  expect(Number(/\d+/.exec(header ?? "")?.[0])).toBe((await counted(/Uppföljningar att granska/)) + (await counted(/Förslag att besvara/)));
  await expectAccessible(officer);
  await officer.screenshot({ path: "screenshots/proposals-waiting.png", fullPage: true });
  await row.getByRole("link", { name: /Svara/ }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Svara på förslag från anordnaren" })).toBeVisible();
  await expect(officer.getByText("Behöver mer tid att lära sig truckkörning")).toBeVisible();
  await expectAccessible(officer);
  await officer.getByRole("radio", { name: "Avslå förslaget" }).check();
  await officer.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(errorSummary(officer)).toContainText("Skriv varför du avslår förslaget.");
  await expectAccessible(officer);
  await officer.screenshot({ path: "screenshots/proposal-answer-refused.png", fullPage: true });
  await officer.getByLabel("Motivering").fill("Målen bör vara nådda till planerat slutdatum. Vi följer upp då.");
  await officer.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(officer).toHaveURL(`/handlaggare/placeringar/${placement.id}?klart=forslag-avslaget`);
  await expect(officer.getByRole("region", { name: "Förslag från anordnaren" })).toContainText("Avslaget");
  await expectAccessible(officer);

  // The anordnare sees the rejection and its reason.
  await host.goto(`/anordnare/placeringar/${placement.id}`);
  const answered = proposalCards(host);
  await expect(answered).toContainText("Avslaget");
  await expect(answered).toContainText("Målen bör vara nådda till planerat slutdatum. Vi följer upp då.");
  await expect(host.getByRole("button", { name: "Återkalla förslaget" })).toHaveCount(0);
  await expectAccessible(host);
  await host.screenshot({ path: "screenshots/proposals-host-rejected.png", fullPage: true });

  // A shorter extension, accepted: the placement's end moves and its history says why.
  const secondEnd = addDaysIso(plannedEndDate, 20);
  await proposeExtension(host, placement.id, secondEnd, "Tre veckor till räcker för truckkortet");
  await officer.goto("/handlaggare/inkorg");
  await inboxProposals(officer).getByRole("row").filter({ hasText: "Oskar Förslagsson" }).getByRole("link", { name: /Svara/ }).click();
  await officer.getByRole("radio", { name: "Godkänn förslaget" }).check();
  await officer.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(officer).toHaveURL(`/handlaggare/placeringar/${placement.id}?klart=forslag-godkant`);
  await expect(officer.getByRole("status").filter({ hasText: "Förslaget är godkänt och placeringen är ändrad." })).toBeVisible();
  const facts = officer.getByRole("region", { name: "Uppgifter", exact: true });
  await expect(facts).toContainText(`Planerat slutdatum${secondEnd}`);
  const history = officer.getByRole("table", { name: "Placeringens historik" });
  await expect(history.getByRole("row").nth(1)).toContainText(`${plannedEndDate} → ${secondEnd}`);
  await expect(history.getByRole("row").nth(1)).toContainText("Tre veckor till räcker för truckkortet");
  await expectAccessible(officer);
  await officer.screenshot({ path: "screenshots/proposal-accepted-placement.png", fullPage: true });

  await host.goto(`/anordnare/placeringar/${placement.id}`);
  await expect(proposalCards(host).first()).toContainText("Godkänt");
  await expect(host.getByText(`${placement.startDate.toISOString().slice(0, 10)} – ${secondEnd}`)).toBeVisible();
  await expectAccessible(host);
});

test("the anordnare withdraws a waiting proposal, and another provider's anordnare gets not found", async ({ browser }) => {
  const { placement, plannedEndDate } = await aSupervisedPlacement("Återkallsdotter");
  const host = await signedIn(browser, demoUser("ANORDNARE"));
  await proposeExtension(host, placement.id, addDaysIso(plannedEndDate, 14), "Sjukskriven två veckor");
  await host.getByRole("button", { name: "Återkalla förslaget" }).click();
  await expect(host).toHaveURL(`/anordnare/placeringar/${placement.id}?klart=forslag-aterkallat`);
  await expect(proposalCards(host)).toContainText("Återkallat");
  await expectAccessible(host);

  const stranger = await signedIn(browser, demoUser("ANORDNARE", 1));
  for (const path of [`/anordnare/placeringar/${placement.id}`, `/anordnare/placeringar/${placement.id}/forslag/forlangning`]) {
    expect((await stranger.goto(path))?.status()).toBe(404);
  }
  await expectAccessible(stranger);
});
