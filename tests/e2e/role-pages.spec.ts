import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "../../prisma/demo-users";
import { signInAs, START_PAGES } from "./fixtures";

// Each role opens every start page: exactly its own answers 200, the others 403.
for (const user of DEMO_USERS) {
  test(`${user.email} may open only the ${user.role} start page`, async ({ page }) => {
    await signInAs(page, user);
    const statuses: Record<string, number | undefined> = {};
    for (const path of Object.values(START_PAGES)) statuses[path] = (await page.goto(path))?.status();
    const expected = Object.fromEntries(Object.values(START_PAGES).map((p) => [p, p === START_PAGES[user.role] ? 200 : 403]));
    expect(statuses).toEqual(expected);
  });
}
