import { writeFileSync } from "node:fs";
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
const confirmation = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

/** A placement of the demo officer's participant at the demo host's workplace, supervised by the host: started 10 days ago, ends in 60. */
async function aRunningPlacement(lastName: string) {
  const officer = await db.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
  const host = await db.user.findUniqueOrThrow({ where: { email: demoUser("ANORDNARE").email }, include: { supervisor: true } });
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id, firstName: "Ella", lastName });
  const startDate = addDaysIso(today, -10);
  const placement = await createPlacementOn(db, { participantId: participant.id, providerId: host.providerId!, officerId: officer.id, decisionDate: addDaysIso(startDate, -7), startDate, plannedEndDate: addDaysIso(today, 60), status: "ACTIVE" });
  await db.placement.update({ where: { id: placement.id }, data: { supervisorId: host.supervisor!.id } });
  return { placement, participant };
}

async function signedIn(browser: Browser, user: ReturnType<typeof demoUser>) {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, user);
  return page;
}

/** The officer writes and sends the agreement from the placement's page. */
async function draftAndSend(officer: Page, placementId: string) {
  await officer.goto(`/handlaggare/placeringar/${placementId}`);
  await officer.getByRole("link", { name: "Skriv överenskommelsen" }).click();
  await expect(officer).toHaveURL(`/handlaggare/placeringar/${placementId}/overenskommelse`);
  await officer.getByRole("link", { name: "Skriv överenskommelsen" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: "Skriv överenskommelsen" })).toBeVisible();
  // Prefilled from the placement and the follow-up rules.
  await expect(officer.getByLabel("Plan för uppföljning")).toHaveValue(/senast 14 dagar efter start/);

  // Nothing filled in: every error at once, in Swedish, and nothing saved.
  await officer.getByLabel("Arbetsuppgifter").fill("");
  await officer.getByRole("button", { name: "Spara utkastet" }).click();
  await expect(errorSummary(officer)).toBeFocused();
  await expect(errorSummary(officer)).toContainText("Fyll i syftet.");
  await expect(errorSummary(officer)).toContainText("Skriv minst ett mål för placeringen.");
  await expect(errorSummary(officer)).toContainText("Fyll i schemat.");
  await expectAccessible(officer);
  await officer.screenshot({ path: "screenshots/agreement-form-refused.png", fullPage: true });

  await officer.getByLabel("Syfte med arbetsträningen").fill("Komma tillbaka till arbetslivet och pröva lagerarbete.");
  const firstGoal = officer.getByRole("group", { name: "Mål 1" });
  await firstGoal.getByLabel("Vad målet gäller").selectOption({ label: "Arbetslivserfarenhet" });
  await firstGoal.getByLabel("Beskrivning av målet").fill("Arbeta fyra timmar om dagen med stöd av handledaren.");
  const secondGoal = officer.getByRole("group", { name: /Mål 2/ });
  await secondGoal.getByLabel("Vad målet gäller").selectOption({ label: "Pröva ett yrke eller en bransch" });
  await secondGoal.getByLabel("Beskrivning av målet").fill("Pröva truck och plock.");
  await officer.getByLabel("Arbetsuppgifter").fill("Plock och pack, inventering.");
  await officer.getByLabel("Schema").fill("Måndag–torsdag 8–13");
  await officer.getByRole("button", { name: "Spara utkastet" }).click();
  await expect(confirmation(officer, "Utkastet till överenskommelsen är sparat.")).toBeVisible();
  await expect(officer.getByText("Överenskommelse: Utkast")).toBeVisible();

  await officer.getByRole("button", { name: "Skicka för godkännande" }).click();
  await expect(confirmation(officer, "Överenskommelsen är skickad för godkännande")).toBeVisible();
  await expect(officer.getByText("Överenskommelse: Väntar på godkännande")).toBeVisible();
}

test("the officer drafts the agreement, the host and the participant's proxy approve, the officer approves last; print and PDF", async ({ browser }) => {
  const { placement, participant } = await aRunningPlacement("Avtalsson");
  const officer = await signedIn(browser, demoUser("HANDLAGGARE"));
  await draftAndSend(officer, placement.id);

  // The officer records the participant's approval with how it was given; the officer's own waits for the host.
  await officer.getByRole("button", { name: "Registrera deltagarens godkännande" }).click();
  await expect(errorSummary(officer)).toContainText("Välj hur deltagaren godkände.");
  await officer.getByRole("radio", { name: "Deltagaren godkände vid ett möte" }).check();
  await officer.getByRole("button", { name: "Registrera deltagarens godkännande" }).click();
  await expect(confirmation(officer, "Deltagarens godkännande är registrerat")).toBeVisible();
  await expect(officer.getByText("Handläggaren godkänner sist. Först ska anordnaren godkänna.")).toBeVisible();
  await expect(officer.getByRole("button", { name: "Godkänn överenskommelsen" })).toHaveCount(0);
  await expectAccessible(officer);

  // The host reads it from the placement page (never the personnummer) and approves.
  const host = await signedIn(browser, demoUser("ANORDNARE"));
  await host.goto(`/anordnare/placeringar/${placement.id}`);
  await expect(host.getByText("Väntar på ert godkännande.")).toBeVisible();
  await host.getByRole("link", { name: "Läs och godkänn överenskommelsen" }).click();
  await expect(host.getByText("Pröva truck och plock.")).toBeVisible();
  await expect(host.getByText(participant.personalIdentityNumber.slice(2, 8))).toHaveCount(0);
  await expectAccessible(host);
  await host.screenshot({ path: "screenshots/agreement-host-to-approve.png", fullPage: true });
  await host.getByRole("button", { name: "Godkänn överenskommelsen" }).click();
  await expect(confirmation(host, "Ni har godkänt överenskommelsen.")).toBeVisible();

  // The officer approves last: binding, and the placement is running.
  await officer.reload();
  await officer.getByRole("button", { name: "Godkänn överenskommelsen" }).click();
  await expect(confirmation(officer, "Du har godkänt överenskommelsen. Den gäller nu.")).toBeVisible();
  await expect(officer.getByText("Överenskommelse: Pågår")).toBeVisible();
  await expect(officer.getByRole("article")).toContainText("för deltagarens räkning (deltagaren godkände vid ett möte)");
  await expectAccessible(officer);
  await officer.screenshot({ path: "screenshots/agreement-officer-binding.png", fullPage: true });

  // The print view: the document alone, no header, buttons or history.
  await officer.emulateMedia({ media: "print" });
  await expect(officer.getByRole("button", { name: "Skriv ut" })).toBeHidden();
  await expect(officer.getByRole("heading", { name: "Versioner" })).toBeHidden();
  await officer.screenshot({ path: "screenshots/agreement-print.png", fullPage: true });
  await officer.emulateMedia({ media: "screen" });

  // The PDF the participant takes home.
  const pdf = await officer.request.get(`/handlaggare/placeringar/${placement.id}/overenskommelse/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  writeFileSync("screenshots/agreement.pdf", bytes);
  // Another provider's host, or a wrong id, gets nothing.
  expect((await host.request.get(`/anordnare/placeringar/${crypto.randomUUID()}/overenskommelse/pdf`)).status()).toBe(404);
  const audited = await db.auditEvent.count({ where: { entity: "Participant", entityId: participant.id, action: "READ", changes: { path: ["view"], equals: "agreement-pdf" } } });
  expect(audited).toBe(1);
});

test("a change of the placement after approval reopens the approval with a new version", async ({ browser }) => {
  const { placement } = await aRunningPlacement("Ändringsson");
  const officer = await signedIn(browser, demoUser("HANDLAGGARE"));
  await draftAndSend(officer, placement.id);
  await officer.getByRole("radio", { name: "Deltagaren godkände på papper" }).check();
  await officer.getByRole("button", { name: "Registrera deltagarens godkännande" }).click();
  await expect(confirmation(officer, "Deltagarens godkännande är registrerat")).toBeVisible();
  const host = await signedIn(browser, demoUser("ANORDNARE"));
  await host.goto(`/anordnare/placeringar/${placement.id}/overenskommelse`);
  await host.getByRole("button", { name: "Godkänn överenskommelsen" }).click();
  await expect(confirmation(host, "Ni har godkänt överenskommelsen.")).toBeVisible();
  await officer.reload();
  await officer.getByRole("button", { name: "Godkänn överenskommelsen" }).click();
  await expect(officer.getByText("Överenskommelse: Pågår")).toBeVisible();

  // The officer extends the placement through its own form.
  const newEnd = addDaysIso(today, 90);
  await officer.goto(`/handlaggare/placeringar/${placement.id}/forlang`);
  await officer.getByLabel("Nytt planerat slutdatum").fill(newEnd);
  await officer.getByLabel("Motivering").fill("Behöver mer tid med truckutbildningen.");
  await officer.getByRole("button", { name: "Förläng placeringen" }).click();
  await expect(confirmation(officer, "Placeringen är förlängd.")).toBeVisible();

  await officer.goto(`/handlaggare/placeringar/${placement.id}/overenskommelse`);
  await expect(officer.getByText("Nedan visas ändringen (version 2) som väntar på godkännande. Tills den är godkänd gäller version 1.")).toBeVisible();
  await expect(officer.getByRole("article")).toContainText(newEnd);
  const versions = officer.getByRole("group", { name: "Alla versioner av överenskommelsen, senaste först" });
  await expect(versions.getByRole("row")).toHaveCount(3);
  await expect(versions).toContainText("Förlängning");
  await expect(versions).toContainText("1 (gäller)");
  await expectAccessible(officer);
  await officer.screenshot({ path: "screenshots/agreement-change-waiting.png", fullPage: true });

  await host.goto(`/anordnare/placeringar/${placement.id}`);
  await expect(host.getByText("Väntar på ert godkännande.")).toBeVisible();
});
