import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createListedParticipant, createUnit, createUser } from "../support/factories";
import { participantLoginOf } from "../support/participant-factories";
import { expectAccessible, signInAs } from "./fixtures";

// Single sign-on through a real OpenID Connect provider that scripts/e2e.ts runs (tests/support/local-idp.ts).
const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
const ISSUER = process.env.E2E_OIDC_ISSUER!;
test.afterAll(() => prisma.$disconnect());

const SSO_BUTTON = "Logga in med organisationens inloggning";
const SLOW = { timeout: 30_000 };

async function officer(data: { active?: boolean; subject?: string } = {}) {
  const unit = await createUnit(prisma);
  const user = await createUser(prisma, { role: "HANDLAGGARE", unitId: unit.id, active: data.active });
  const subject = data.subject ?? `handlaggare-${randomUUID()}`;
  return { ...user, subject };
}

async function linked(data: { active?: boolean } = {}) {
  const user = await officer(data);
  await prisma.user.update({ where: { id: user.id }, data: { oidcIssuer: ISSUER, oidcSubject: user.subject } });
  return user;
}

/** From a Stegvis sign-in page to the provider, signed in there as `login`, and back. */
async function signOn(page: Page, login: string, from = { path: "/logga-in", button: SSO_BUTTON }) {
  // The provider's development pages load a web font from the internet, which these machines cannot reach.
  await page.route("https://fonts.googleapis.com/**", (route) => route.abort());
  await page.goto(from.path);
  await page.getByRole("button", { name: from.button }).click();
  await expect(page).toHaveURL(new RegExp(`^${ISSUER}/interaction/`), SLOW);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("vad-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("the sign-in page offers the organisation's sign-in beside the password, accessibly", async ({ page }) => {
  await page.goto("/logga-in");
  await expect(page.getByRole("button", { name: SSO_BUTTON })).toBeEnabled();
  await expect(page.getByLabel("E-postadress")).toBeVisible();
  await expectAccessible(page);
});

test("a linked officer signs in through the organisation's sign-in, lands on their start page, and signing out ends the session", async ({ page, browser }) => {
  const user = await linked();
  await signOn(page, user.subject);
  await expect(page).toHaveURL(/\/handlaggare$/, SLOW);
  await expect(page.getByRole("heading", { level: 1, name: "Mina deltagare" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(user.name);
  const signIn = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "SIGN_IN" } });
  expect(signIn.changes).toMatchObject({ method: "oidc" });
  const sessionId = (signIn.changes as { sessionId: string }).sessionId;
  expect(await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ userId: user.id, revokedAt: null });

  const copy = await browser.newContext({ storageState: await page.context().storageState() });
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in/, SLOW);
  expect((await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
  const replay = await copy.newPage();
  await replay.goto("/handlaggare");
  await expect(replay).toHaveURL(/\/logga-in\?callbackUrl=%2Fhandlaggare/);
  await copy.close();
});

test("an unknown person is refused with a Swedish message on the sign-in page, and no account is created", async ({ page }) => {
  const stranger = `okand-${randomUUID()}`;
  await signOn(page, stranger);
  await expect(page).toHaveURL(/\/logga-in\?error=OIDC_UNKNOWN$/, SLOW);
  await expect(page.getByRole("alert").filter({ hasText: "inte kopplat till något konto i Stegvis" })).toBeVisible();
  // No account for the stranger (counted by the stranger's own marks: other tests create users meanwhile).
  expect(await prisma.user.count({ where: { OR: [{ oidcSubject: stranger }, { name: { contains: stranger } }, { email: { contains: stranger } }] } })).toBe(0);
  expect(await prisma.auditEvent.count({ where: { action: "SIGN_IN_FAILED", changes: { path: ["subject"], equals: stranger } } })).toBe(1);
  await expectAccessible(page);
});

test("a deactivated linked account is refused", async ({ page }) => {
  const user = await linked({ active: false });
  await signOn(page, user.subject);
  await expect(page).toHaveURL(/\/logga-in\?error=OIDC_DEACTIVATED$/, SLOW);
  await expect(page.getByRole("alert").filter({ hasText: "Ditt konto i Stegvis är avstängt" })).toBeVisible();
  expect(await prisma.userSession.count({ where: { userId: user.id } })).toBe(0);
});

test("an administrator links an officer by the provider's user id, after which the officer signs on", async ({ page, browser }) => {
  const admin = await createUser(prisma, { role: "ADMIN" });
  const user = await officer();
  await signInAs(page, admin);
  await page.goto(`/admin/anvandare/${user.id}`);
  await page.getByRole("link", { name: "Organisationens inloggning" }).click();
  await expect(page.getByText("Inte kopplat")).toBeVisible();
  await page.getByLabel("Användar-id hos organisationens inloggning").fill(user.subject);
  await page.getByRole("button", { name: "Koppla kontot" }).click();
  await expect(page.getByRole("status")).toHaveText("Kontot är kopplat till organisationens inloggning.", SLOW);
  await expect(page.getByText(`Kopplat till användar-id ${user.subject}`)).toBeVisible();
  await expectAccessible(page);

  const context = await browser.newContext();
  const officerPage = await context.newPage();
  await signOn(officerPage, user.subject);
  await expect(officerPage).toHaveURL(/\/handlaggare$/, SLOW);
  await context.close();
});

test("a participant whose officer opened their login signs in with their e-ID and lands in their own view", async ({ page }) => {
  const unit = await createUnit(prisma);
  const participant = await createListedParticipant(prisma, { unitId: unit.id, firstName: "Elin" });
  await participantLoginOf(prisma, participant.id);
  await signOn(page, participant.personalIdentityNumber, { path: "/logga-in/deltagare", button: "Logga in med e-legitimation" });
  await expect(page).toHaveURL(/\/mina-sidor$/, SLOW);
  await expect(page.getByRole("heading", { level: 1, name: "Hej Elin!" })).toBeVisible();
  const response = await page.goto("/handlaggare");
  expect(response?.status()).toBe(403);
});
