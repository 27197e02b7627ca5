import { expect, test, type Browser, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { createPrismaClient } from "../../lib/server/prisma-client";
import type { Role } from "../../lib/server/generated/prisma/enums";
import { createProtectedParticipant, createUnit, createUser } from "../support/factories";
import { expectAccessible, signIn, START_PAGES } from "./fixtures";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());

// Signing in hashes a password (argon2): on a busy shared machine it takes longer than expect's 5 s.
const SLOW = { timeout: 30_000 };
const SHOTS = "test-results/admin";
// Each test signs in two or three people (argon2 on a busy machine) and walks several pages.
test.describe.configure({ timeout: 120_000 });

/** A user of the test's own, so that ending sessions never touches another test's. */
async function ownUser(role: Role) {
  const unit = await createUnit(prisma);
  return createUser(prisma, { role, unitId: role === "HANDLAGGARE" || role === "KOORDINATOR" ? unit.id : null });
}

async function signedIn(browser: Browser, user: { role: Role; email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/logga-in");
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`${START_PAGES[user.role]}$`), SLOW);
  return page;
}

test("an administrator creates a user, who signs in with the one-time password and must choose their own", async ({ browser }) => {
  const admin = await signedIn(browser, await ownUser("ADMIN"));
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "Skapa användare" }).click();
  await expect(admin.getByRole("heading", { name: "Ny användare" })).toBeVisible();
  await expectAccessible(admin);

  const email = `ny.handlaggare.${Date.now()}@test.example`;
  await admin.getByLabel("Namn").fill("Nora Nyström");
  await admin.getByLabel("E-postadress").fill(email);
  await admin.getByLabel("Roll").selectOption("HANDLAGGARE");
  await admin.getByLabel("Enhet").selectOption({ index: 1 });
  // A common password is refused on submit, with the rule's own sentence, and what was typed stays.
  await admin.getByLabel("Engångslösenord").fill("qwerty123456");
  await admin.getByRole("button", { name: "Skapa användaren" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "fel i formuläret" })).toBeFocused(SLOW);
  await expect(admin.getByLabel("Engångslösenord")).toHaveAccessibleDescription(/Lösenordet är för vanligt och lätt att gissa\./);
  await expect(admin.getByLabel("E-postadress")).toHaveValue(email);
  await admin.getByRole("button", { name: "Föreslå ett lösenord" }).click();
  const oneTime = await admin.getByLabel("Engångslösenord").inputValue();
  expect(oneTime).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
  await admin.screenshot({ path: `${SHOTS}/ny-anvandare.png`, fullPage: true });
  await admin.getByRole("button", { name: "Skapa användaren" }).click();
  await expect(admin.getByRole("status")).toContainText("Användaren är skapad", SLOW);
  await expect(admin.getByRole("heading", { name: "Nora Nyström" })).toBeVisible();
  await expectAccessible(admin);
  await admin.screenshot({ path: `${SHOTS}/anvandare.png`, fullPage: true });

  const user = await (await browser.newContext()).newPage();
  await user.goto("/logga-in");
  await signIn(user, email, oneTime);
  await expect(user).toHaveURL(/\/byt-losenord$/, SLOW);
  // Every other page leads back here until the password is changed.
  await user.goto("/handlaggare");
  await expect(user).toHaveURL(/\/byt-losenord$/);
  await expectAccessible(user);
  await user.getByLabel("Nuvarande lösenord").fill(oneTime);
  await user.getByLabel("Nytt lösenord", { exact: true }).fill("trädgård med röda tulpaner");
  await user.getByLabel("Nytt lösenord igen").fill("trädgård med röda tulpaner");
  await user.screenshot({ path: `${SHOTS}/byt-losenord.png`, fullPage: true });
  await user.getByRole("button", { name: "Byt lösenord" }).click();
  await expect(user.getByRole("status")).toContainText("Ditt nya lösenord är sparat", SLOW);
  await user.goto("/handlaggare");
  await expect(user).toHaveURL(/\/handlaggare$/);
});

test("an administrator deactivates a signed-in user, whose next request is signed out", async ({ browser }) => {
  const target = await ownUser("HANDLAGGARE");
  const victim = await signedIn(browser, target);
  const admin = await signedIn(browser, await ownUser("ADMIN"));
  await admin.goto(`/admin/anvandare/${target.id}`);
  await expect(admin.getByRole("heading", { name: "Inloggad just nu" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Pågående sessioner" }).getByRole("row")).toHaveCount(2);
  await admin.getByRole("button", { name: "Stäng av kontot" }).click();
  await expect(admin.getByRole("status")).toContainText("Kontot är avstängt");
  await expectAccessible(admin);

  await victim.reload();
  await expect(victim).toHaveURL(/\/logga-in\?callbackUrl=%2Fhandlaggare/);
});

test("an administrator changes a user's role and resets their password, which signs them out", async ({ browser }) => {
  const target = await ownUser("HANDLAGGARE");
  const victim = await signedIn(browser, target);
  const admin = await signedIn(browser, await ownUser("ADMIN"));
  await admin.goto(`/admin/anvandare/${target.id}`);
  await admin.getByRole("link", { name: "Ändra roll och organisation" }).click();
  await expect(admin.getByRole("heading", { name: /^Ändra / })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("Roll").selectOption("KOORDINATOR");
  await admin.getByRole("button", { name: "Spara" }).click();
  await expect(admin.getByRole("status")).toContainText("Uppgifterna om användaren är sparade", SLOW);
  await expect(admin.getByText("Koordinator · aktiv")).toBeVisible();
  // The new role applies at the user's next request: the case officer's pages are closed to a coordinator.
  expect((await victim.goto("/handlaggare"))?.status()).toBe(403);

  await admin.getByRole("link", { name: "Återställ lösenordet" }).click();
  await expect(admin.getByRole("heading", { name: /^Återställ lösenordet för/ })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Föreslå ett lösenord" }).click();
  await admin.getByRole("button", { name: "Återställ lösenordet" }).click();
  await expect(admin.getByRole("status")).toContainText("Lösenordet är återställt", SLOW);
  await victim.goto("/koordinator");
  await expect(victim).toHaveURL(/\/logga-in/);
});

test("a user ends their other session from Mina sessioner, after typing their password", async ({ browser }) => {
  const user = await ownUser("KOORDINATOR");
  const elsewhere = await signedIn(browser, user);
  const here = await signedIn(browser, user);
  await here.getByRole("link", { name: "Mina sessioner" }).click();
  await expect(here.getByRole("heading", { name: "Mina sessioner" })).toBeVisible();
  await expect(here.getByText("Den här sessionen")).toBeVisible();
  await expectAccessible(here);
  await here.screenshot({ path: `${SHOTS}/mina-sessioner.png`, fullPage: true });
  await here.getByRole("link", { name: /^Avsluta sessionen som loggade in/ }).click();
  await expect(here.getByRole("heading", { name: "Avsluta sessionen" })).toBeVisible();
  await here.getByLabel("Ditt lösenord").fill("inte mitt lösenord");
  await here.getByRole("button", { name: "Avsluta sessionen" }).click();
  await expect(here.getByRole("alert", { name: "Det finns ett fel i formuläret" })).toContainText("Lösenordet stämmer inte.", SLOW);
  await expectAccessible(here);
  await here.screenshot({ path: `${SHOTS}/avsluta-session.png`, fullPage: true });
  await here.getByLabel("Ditt lösenord").fill(user.password);
  await here.getByRole("button", { name: "Avsluta sessionen" }).click();
  await expect(here.getByRole("status")).toContainText("Sessionen är avslutad", SLOW);
  await expect(here.getByRole("link", { name: /^Avsluta/ })).toHaveCount(0);

  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/logga-in/);
  await here.goto("/koordinator");
  await expect(here).toHaveURL(/\/koordinator$/);
});

test("an administrator searches the log and downloads the matches as CSV", async ({ browser }) => {
  const someone = await ownUser("KOORDINATOR");
  await (await signedIn(browser, someone)).close();
  const administrator = await ownUser("ADMIN");
  const admin = await signedIn(browser, administrator);
  await admin.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Logg" }).click();
  await expect(admin.getByRole("heading", { name: "Logg" })).toBeVisible();
  await admin.getByLabel("Användare", { exact: true }).fill(someone.email);
  await admin.getByLabel("Händelse", { exact: true }).selectOption("SIGN_IN");
  await admin.getByRole("button", { name: "Sök" }).click();
  await expect(admin).toHaveURL(/handelse=SIGN_IN/);
  const rows = admin.getByRole("table", { name: "Logghändelser" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Inloggning");
  await expectAccessible(admin);
  await admin.screenshot({ path: `${SHOTS}/logg.png`, fullPage: true });

  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: /Ladda ned som CSV/ }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("Tid;Användare;E-post;Roll;Händelse;Vad;Id;IP-adress;Detaljer");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(someone.email);
  const exported = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: administrator.id, action: "EXPORT" } });
  expect(exported.changes).toMatchObject({ rows: 1, filter: { user: { email: someone.email }, action: "SIGN_IN" } });
});

test("the log shows which fields of a participant changed, not the values", async ({ browser }) => {
  const officer = await ownUser("HANDLAGGARE");
  const person = await createProtectedParticipant(prisma, { unitId: officer.unitId!, firstName: "Amira", lastName: "Haddadson" });
  // What the officer's correction and consent withdrawal write (lib/server/participants.ts, consent.ts).
  await prisma.auditEvent.createMany({
    data: [
      { actorId: officer.id, actorRole: "HANDLAGGARE", action: "UPDATE", entity: "Participant", entityId: person.id, changes: { lastName: { before: "Haddad", after: "Haddadson" } } },
      { actorId: officer.id, actorRole: "HANDLAGGARE", action: "UPDATE", entity: "Participant", entityId: person.id, changes: { consentWithdrawalNote: { before: null, after: "Mår psykiskt dåligt" } } },
    ],
  });
  const admin = await signedIn(browser, await ownUser("ADMIN"));
  await admin.goto(`/admin/logg?deltagare=${person.caseNumber}`);
  const table = admin.getByRole("table", { name: "Logghändelser" });
  await expect(table).toContainText("Fält: lastName (värden visas inte)");
  await expect(table).toContainText(`Deltagare, ärende ${person.caseNumber}`);
  await expect(admin.locator("body")).not.toContainText("Haddad");
  await expect(admin.locator("body")).not.toContainText("psykiskt");
  await expectAccessible(admin);

  const [download] = await Promise.all([admin.waitForEvent("download"), admin.getByRole("link", { name: /Ladda ned som CSV/ }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toContain("Fält: consentWithdrawalNote (värden visas inte)");
  expect(csv).not.toContain("Haddad");
  expect(csv).not.toContain("psykiskt");
});

test("no one but an administrator reaches the admin pages, the log or its export", async ({ browser }) => {
  const officer = await signedIn(browser, await ownUser("HANDLAGGARE"));
  for (const path of ["/admin", "/admin/anvandare/ny", "/admin/logg"]) {
    expect((await officer.goto(path))?.status(), path).toBe(403);
  }
  const csv = await officer.request.get("/admin/logg/csv", { maxRedirects: 0 });
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toContain(";");
  const admin = await signedIn(browser, await ownUser("ADMIN"));
  expect((await admin.goto("/admin/anvandare/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
  expect((await admin.goto("/admin/anvandare/inte-ett-id"))?.status()).toBe(404);
});
