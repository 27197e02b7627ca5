import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_USERS, type DemoRole } from "../../prisma/demo-users";
import { passSecondFactor } from "../support/browser-second-factor";

export function demoUser(role: DemoRole, index = 0) {
  const user = DEMO_USERS.filter((u) => u.role === role)[index];
  if (!user) throw new Error(`Ingen demoanvändare med rollen ${role}`);
  return user;
}

/**
 * Signs in from the sign-in page as a person would: the password, then for an account that needs it the
 * code its app would show (tests/support/second-factor.ts), or setting the app up first. A wrong password
 * stays on the sign-in page with its message.
 */
export async function signIn(page: Page, email: string, password: string) {
  await signInWithPasswordOnly(page, email, password);
  await passSecondFactor(page, email);
}

export async function signInWithPasswordOnly(page: Page, email: string, password: string) {
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
}

export const START_PAGES: Record<DemoRole, string> = { HANDLAGGARE: "/handlaggare", ANORDNARE: "/anordnare", KOORDINATOR: "/koordinator", ADMIN: "/admin", DELTAGARE: "/mina-sidor" };

/** Signs in from the sign-in page as a demo user and waits for the role's start page. */
export async function signInAs(page: Page, user: { role: DemoRole; email: string; password: string }) {
  await page.goto("/logga-in");
  await signIn(page, user.email, user.password);
  // Password hashing (argon2) is slow on purpose and slower on a busy machine.
  await expect(page).toHaveURL(new RegExp(`${START_PAGES[user.role]}$`), { timeout: 60_000 });
}

/** Fails on any serious or critical WCAG 2.2 A/AA violation axe finds on the page (the 2.0 and 2.1 criteria included). */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const severe = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
