import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "../../prisma/demo-users";
import { signIn } from "./fixtures";

const PAGES = { HANDLAGGARE: "/handlaggare", ANORDNARE: "/anordnare", KOORDINATOR: "/koordinator", ADMIN: "/admin" } as const;

// Each role opens every start page: exactly its own answers 200, the others 403.
for (const user of DEMO_USERS) {
  test(`${user.email} may open only the ${user.role} start page`, async ({ page }) => {
    await page.goto("/logga-in");
    await signIn(page, user.email, user.password);
    await expect(page).toHaveURL(new RegExp(`${PAGES[user.role]}$`));
    const statuses: Record<string, number | undefined> = {};
    for (const path of Object.values(PAGES)) statuses[path] = (await page.goto(path))?.status();
    const expected = Object.fromEntries(Object.values(PAGES).map((p) => [p, p === PAGES[user.role] ? 200 : 403]));
    expect(statuses).toEqual(expected);
  });
}
