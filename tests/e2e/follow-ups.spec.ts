import { expect as baseExpect, test, type Page } from "@playwright/test";
import { stockholmDay } from "../../lib/format/date";
import { abilityAreasFor, addDaysIso, nextFollowUpDue } from "../../lib/rules";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createListedParticipant, createPlacementOn, createProvider, createUser } from "../support/factories";
import { demoUser, expectAccessible, signIn } from "./fixtures";

const db = createPrismaClient(process.env.E2E_DATABASE_URL!);
// Two people sign in (argon2 is slow on purpose) and walk through several pages with an accessibility scan on each.
test.describe.configure({ timeout: 300_000 });
const expect = baseExpect.configure({ timeout: 30_000 });
test.afterAll(() => db.$disconnect());

const today = stockholmDay();

/** A remote placement of the demo case officer's own participant at a new provider, with that provider's contact and a host of another provider. */
async function aRemotePlacement(lastName: string) {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const provider = await createProvider(db, { name: `Distanskontoret ${lastName} AB` });
  const otherProvider = await createProvider(db, { name: `Grannföretaget ${lastName} AB` });
  const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
  const otherHost = await createUser(db, { role: "ANORDNARE", providerId: otherProvider.id });
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, firstName: "Ella", lastName });
  const startDate = addDaysIso(today, -30);
  const placement = await createPlacementOn(db, {
    participantId: participant.id,
    providerId: provider.id,
    officerId: officer.id,
    decisionDate: addDaysIso(startDate, -7),
    startDate,
    plannedEndDate: addDaysIso(today, 60),
    status: "ACTIVE",
  });
  const due = nextFollowUpDue({ startDate, decisionDate: addDaysIso(startDate, -7), kind: "ARBETSTRANING", mode: "REMOTE" });
  await db.placement.update({ where: { id: placement.id }, data: { mode: "REMOTE", nextFollowUpDueOn: new Date(`${due}T00:00:00Z`) } });
  return { placement, provider, participant, host, otherHost };
}

async function signInWith(page: Page, user: { email: string; password: string }, start: RegExp) {
  await page.goto("/logga-in");
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(start, { timeout: 60_000 });
}

const rate = (page: Page, area: string, step: string) => page.getByRole("group", { name: area, exact: true }).getByLabel(step).check();
const answer = (page: Page, question: string, choice: "Ja" | "Nej") => page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();

test("a host logs a follow-up of a remote placement proposing På väg; the case officer accepts it; another provider's host gets not found", async ({ page, browser }) => {
  const { placement, provider, participant, host, otherHost } = await aRemotePlacement("Distansson");
  const name = `Ella ${participant.lastName}`;

  // The host: start page, placement page, the follow-up.
  await signInWith(page, host, /\/anordnare$/);
  await expect(page.getByRole("heading", { level: 1, name: "Våra placeringar" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/host-start.png", fullPage: true });
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Hanna Lindqvist")).toBeVisible();
  await expect(page.getByText(participant.personalIdentityNumber.slice(0, 8))).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/host-placement.png", fullPage: true });

  await page.getByRole("button", { name: "Skriv en uppföljning" }).click();
  await expect(page).toHaveURL(/\/anordnare\/uppfoljningar\/[0-9a-f-]+\?klart=uppfoljning-paborjad$/);
  const followUpUrl = new URL(page.url()).pathname;
  await expect(page.getByLabel("Datum för uppföljningen")).toHaveValue(today);
  await expectAccessible(page);

  await page.getByLabel("Planerade timmar under perioden").fill("80");
  await page.getByLabel("Timmar deltagaren var där").fill("72");
  await page.getByLabel("Orsak till frånvaro").fill("Sjuk två dagar");
  // The draft saves itself a moment after typing stops, and says so.
  await expect(page.getByRole("status").filter({ hasText: /Utkastet sparat kl \d\d:\d\d/ })).toBeVisible();
  await page.getByLabel("Vad har deltagaren gjort, och hur har det gått?").fill("Registrerat returer och svarat på kundmejl hemifrån.");
  for (const area of ["Passa tider", "Följa instruktioner", "Samarbete", "Arbetstakt", "Självständighet", "Träna arbetsrutiner"]) await rate(page, area, "3 – Klarar det mesta");
  await page.getByLabel("Hur tycker deltagaren själv att det går?").fill("Tycker att det går bra men saknar kollegor.");
  await page.getByLabel("Vilket steg tycker ni att deltagaren är i nu?").selectOption("PA_VAG");
  await page.getByLabel("Varför föreslår ni det steget?").fill("Klarar rutinerna själv och tar eget ansvar.");
  await answer(page, "Verkar deltagaren vara isolerad hemma?", "Ja");
  await answer(page, "Borde en del av arbetsträningen flyttas till arbetsplatsen?", "Ja");
  await page.getByLabel("Hur fungerar distansarbetet?").fill("Sitter mest ensam; vi föreslår två dagar på plats.");
  await page.getByLabel("Distansarbetet oroar oss").check();
  await page.screenshot({ path: "screenshots/host-follow-up-form.png", fullPage: true });
  await page.getByRole("button", { name: "Skicka in uppföljningen" }).click();
  await expect(page).toHaveURL(new RegExp(`/anordnare/placeringar/${placement.id}\\?klart=uppfoljning-inskickad$`));
  await expect(page.getByText("Uppföljningen är inskickad till handläggaren.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Inskickad, inte granskad" })).toBeVisible();
  // The next follow-up is due a remote placement's interval after this one.
  await expect(page.getByText(`Nästa uppföljning senast ${addDaysIso(today, 14)}.`)).toBeVisible();
  await expectAccessible(page);
  await page.goto(followUpUrl);
  await expect(page.getByRole("button", { name: "Rätta uppföljningen" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/host-follow-up.png", fullPage: true });

  // Another provider's host: not found, for the placement and the follow-up alike.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInWith(other, otherHost, /\/anordnare$/);
  await expect(other.getByRole("link", { name })).toHaveCount(0);
  expect((await other.goto(`/anordnare/placeringar/${placement.id}`))?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
  await expectAccessible(other);
  expect((await other.goto(followUpUrl))?.status()).toBe(404);
  await expect(other.getByText(name)).toHaveCount(0);
  await otherContext.close();

  // The case officer: the inbox, the review, the stage on the participant's page.
  await page.context().clearCookies();
  await signInWith(page, demoUser("HANDLAGGARE"), /\/handlaggare$/);
  await expect(page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: /Inkorg \d+ väntar/ })).toBeVisible();
  await page.goto("/handlaggare/inkorg");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Komma igång → På väg");
  await expect(row).toContainText("Oro för distansarbetet");
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/officer-inbox.png", fullPage: true });
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Uppföljning .*${name}`) })).toBeVisible();
  await expect(page.getByText("Sitter mest ensam; vi föreslår två dagar på plats.")).toBeVisible();
  await expect(page.getByLabel("Godkänn det föreslagna steget: På väg")).toBeChecked();
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/officer-review.png", fullPage: true });
  await page.getByLabel("Motivering").fill("Håller med anordnaren; vi ses för att planera dagar på plats.");
  await page.getByRole("button", { name: "Spara granskningen" }).click();

  await expect(page).toHaveURL(new RegExp(`/handlaggare/deltagare/${participant.id}\\?klart=uppfoljning-granskad$`));
  const stages = page.getByRole("region", { name: "Steg" });
  await expect(stages.getByText("Nu:")).toContainText("På väg");
  const history = stages.getByRole("list", { name: "Stegbedömningar, senaste först" });
  await expect(history.getByRole("listitem").first()).toContainText(`${today}: På väg`);
  await expect(history.getByRole("link", { name: `uppföljningen ${today} från ${provider.name}` })).toHaveAttribute("href", `/handlaggare/uppfoljningar/${new URL(followUpUrl, "http://x").pathname.split("/").at(-1)}`);
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/officer-stage-history.png", fullPage: true });
});

test("a host resumes a draft correction of a submitted follow-up; both versions stay in the history", async ({ page }) => {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const provider = await createProvider(db, { name: "Rättelsebageriet AB" });
  const host = await createUser(db, { role: "ANORDNARE", providerId: provider.id });
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, firstName: "Rut", lastName: `Rättelsson ${Date.now()}` });
  const startDate = addDaysIso(today, -40);
  const placement = await createPlacementOn(db, { participantId: participant.id, providerId: provider.id, officerId: officer.id, startDate, plannedEndDate: addDaysIso(today, 50), status: "ACTIVE" });
  const written = addDaysIso(today, -3);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const original = await db.followUp.create({
    data: {
      placementId: placement.id,
      authorId: host.id,
      date: day(written),
      periodFrom: day(startDate),
      periodTo: day(written),
      plannedHours: 100,
      attendedHours: 100,
      attendance: "AS_AGREED",
      tasks: "Bakat bröd",
      abilityRatings: abilityAreasFor(placement.goals).map((area) => ({ area, rating: 3, note: null })),
      participantView: "Trivs",
      status: "SUBMITTED",
      submittedAt: new Date(),
      version: 2,
    },
  });
  await db.placement.update({ where: { id: placement.id }, data: { lastFollowUpOn: day(written) } });

  await signInWith(page, host, /\/anordnare$/);
  await page.goto(`/anordnare/uppfoljningar/${original.id}`);
  await page.getByRole("button", { name: "Rätta uppföljningen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Rätta uppföljningen/ })).toBeVisible();
  const tasks = page.getByLabel("Vad har deltagaren gjort, och hur har det gått?");
  await expect(tasks).toHaveValue("Bakat bröd");
  await tasks.fill("Bakat bröd och kakor, stått i kassan");
  await page.getByRole("button", { name: "Spara utkast" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Utkastet sparat kl/ })).toBeVisible();
  await expectAccessible(page);

  // Away and back: the draft is resumed with what was saved.
  await page.goto(`/anordnare/placeringar/${placement.id}`);
  await page.getByRole("link", { name: "Fortsätt med uppföljningen" }).click();
  await expect(tasks).toHaveValue("Bakat bröd och kakor, stått i kassan");
  await page.getByRole("button", { name: "Skicka in uppföljningen" }).click();
  await expect(page).toHaveURL(new RegExp(`/anordnare/placeringar/${placement.id}\\?klart=uppfoljning-inskickad$`));
  await expect(page.getByRole("cell", { name: "Ersatt av en rättelse" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Inskickad, inte granskad (rättelse)" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/anordnare/uppfoljningar/${original.id}`);
  await expect(page.getByText("Ersatt av en rättelse").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Rätta uppföljningen" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Andra versioner" }).getByRole("link", { name: /^Rättelse, daterad/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "screenshots/host-follow-up-superseded.png", fullPage: true });
});

/** Every required answer of a remote placement's follow-up, with `tasks` as what the participant did. */
async function fillRemoteFollowUp(page: Page, goals: string, tasks: string) {
  await page.getByLabel("Planerade timmar under perioden").fill("40");
  await page.getByLabel("Timmar deltagaren var där").fill("40");
  for (const area of abilityAreasFor(goals)) await rate(page, area, "3 – Klarar det mesta");
  await page.getByLabel("Hur tycker deltagaren själv att det går?").fill("Bra");
  await answer(page, "Verkar deltagaren vara isolerad hemma?", "Nej");
  await answer(page, "Borde en del av arbetsträningen flyttas till arbetsplatsen?", "Nej");
  await page.getByLabel("Hur fungerar distansarbetet?").fill("Bra");
  await page.getByLabel("Vad har deltagaren gjort, och hur har det gått?").fill(tasks);
}

test("a follow-up sent while its draft is being saved waits for the save and is sent with it, not lost", async ({ page }) => {
  const { placement, host } = await aRemotePlacement(`Sparsson ${Date.now()}`);
  await signInWith(page, host, /\/anordnare$/);
  await page.goto(`/anordnare/placeringar/${placement.id}`);
  await page.getByRole("button", { name: "Skriv en uppföljning" }).click();
  await expect(page).toHaveURL(/\/anordnare\/uppfoljningar\/[0-9a-f-]+\?klart=uppfoljning-paborjad$/);
  const followUpId = new URL(page.url()).pathname.split("/").at(-1)!;
  await fillRemoteFollowUp(page, placement.goals, "Sorterat post, svarat i telefon");

  // The draft's save is held on its way to the server until the host has pressed send.
  let releaseSave = () => {};
  const saveHeld = new Promise<void>((resolve) => (releaseSave = resolve));
  let held = 0;
  await page.route((url) => url.pathname === `/anordnare/uppfoljningar/${followUpId}`, async (route) => {
    if (route.request().method() === "POST" && held++ === 0) await saveHeld;
    await route.continue();
  });
  await page.getByRole("button", { name: "Spara utkast" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparar utkastet …" })).toBeVisible();
  // Before, the button was disabled while a save was under way, and a click then did nothing.
  await page.getByRole("button", { name: "Skicka in uppföljningen" }).click({ timeout: 10_000 });
  await expect(page.getByRole("button", { name: "Skickar …" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Skickar när utkastet är sparat …" })).toBeVisible();
  releaseSave();

  await expect(page).toHaveURL(new RegExp(`/anordnare/placeringar/${placement.id}\\?klart=uppfoljning-inskickad$`));
  const sent = await db.followUp.findUniqueOrThrow({ where: { id: followUpId } });
  expect([sent.status, sent.tasks]).toEqual(["SUBMITTED", "Sorterat post, svarat i telefon"]);
});

test("the follow-up form sends without JavaScript too", async ({ page, browser }) => {
  const { placement, host } = await aRemotePlacement(`Utanskript ${Date.now()}`);
  await signInWith(page, host, /\/anordnare$/);
  await page.goto(`/anordnare/placeringar/${placement.id}`);
  await page.getByRole("button", { name: "Skriv en uppföljning" }).click();
  await expect(page).toHaveURL(/\/anordnare\/uppfoljningar\/[0-9a-f-]+\?klart=uppfoljning-paborjad$/);
  const draftUrl = page.url();
  const followUpId = new URL(draftUrl).pathname.split("/").at(-1)!;

  // The same signed-in host, in a browser that runs no scripts: the form posts to its action as plain HTML.
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(draftUrl);
  await fillRemoteFollowUp(plain, placement.goals, "Skrivit etiketter utan skript");
  await plain.getByRole("button", { name: "Skicka in uppföljningen" }).click();
  await expect(plain).toHaveURL(new RegExp(`/anordnare/placeringar/${placement.id}\\?klart=uppfoljning-inskickad$`));
  const sent = await db.followUp.findUniqueOrThrow({ where: { id: followUpId } });
  expect([sent.status, sent.tasks]).toEqual(["SUBMITTED", "Skrivit etiketter utan skript"]);
  await noScript.close();
});
