import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "../../prisma/demo-users";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createUser } from "../support/factories";
import { demoUser, expectAccessible, signIn, signInAs } from "./fixtures";

const START: Record<string, { path: string; heading: string }> = {
  HANDLAGGARE: { path: "/handlaggare", heading: "Mina deltagare" },
  ANORDNARE: { path: "/anordnare", heading: "Våra placeringar" },
  KOORDINATOR: { path: "/koordinator", heading: "Översikt" },
  ADMIN: { path: "/admin", heading: "Användare" },
};

test("the sign-in page is in Swedish and accessible", async ({ page }) => {
  await page.goto("/logga-in");
  await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expectAccessible(page);
});

for (const user of DEMO_USERS) {
  test(`${user.email} signs in and lands on the ${user.role} start page, which is accessible`, async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/logga-in/);
    await signIn(page, user.email, user.password);
    const start = START[user.role]!;
    await expect(page).toHaveURL(new RegExp(`${start.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: start.heading })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(user.name);
    await expectAccessible(page);
  });
}

test("a wrong password gets the Swedish message and stays on sign-in", async ({ page }) => {
  const user = demoUser("KOORDINATOR");
  await page.goto("/logga-in");
  await signIn(page, user.email, "fel-lösenord");
  await expect(page.locator("#sign-in-error")).toHaveText("Fel e-postadress eller lösenord. Kontrollera uppgifterna och försök igen.");
  await expect(page.locator("#sign-in-error")).toBeFocused();
  await expect(page).toHaveURL(/\/logga-in/);
  await expectAccessible(page);
});

test("a signed-out deep link goes to sign-in and back after it", async ({ page }) => {
  const user = demoUser("ANORDNARE");
  await page.goto("/anordnare?visa=alla");
  await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fanordnare%3Fvisa%3Dalla/);
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/anordnare\?visa=alla$/);
  await expect(page.getByRole("heading", { level: 1, name: "Våra placeringar" })).toBeVisible();
});

test("a role opening another role's page gets a 403 page in Swedish", async ({ page }) => {
  await signInAs(page, demoUser("ANORDNARE"));
  const response = await page.goto("/handlaggare");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Du har inte behörighet" })).toBeVisible();
  await expect(page).toHaveTitle("Du har inte behörighet – Stegvis");
  await expect(page.getByText("Mina deltagare")).toHaveCount(0);
});

// Signing out ends every session of the user (tests/e2e/security.spec.ts), so this test signs out a
// user of its own rather than a demo user other tests use in parallel.
test("signing out ends the session", async ({ page }) => {
  const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
  const admin = await createUser(prisma, { role: "ADMIN" }).finally(() => prisma.$disconnect());
  await signInAs(page, admin);
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/logga-in\?callbackUrl=%2Fadmin/);
});

test("an unknown page gets the Swedish not-found page", async ({ page }) => {
  await signInAs(page, demoUser("HANDLAGGARE"));
  const response = await page.goto("/finns-inte");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Sidan finns inte" })).toBeVisible();
});
