// The second sign-in step in a browser, for the browser tests and the scripts that sign in through pages
// (bench-web, screenshots): the code from the account's known secret, or setting up the app when asked.
import type { Page } from "@playwright/test";
import { totpCode, totpStep } from "../../lib/domain/second-factor";
import { CODE_USED, withFreshCode } from "./second-factor";

/** Waits until the password has been checked (argon2 is slow on purpose), then types the code or sets up the app if asked. */
export async function passSecondFactor(page: Page, email: string) {
  const leftSignIn = page.waitForURL((url) => url.pathname !== "/logga-in", { timeout: 60_000 });
  const refused = page.locator("#sign-in-error").filter({ hasText: /\S/ }).waitFor({ timeout: 60_000 });
  await Promise.race([leftSignIn, refused]).catch(() => undefined);
  const { pathname } = new URL(page.url());
  if (pathname === "/tvastegsverifiering") await typeCode(page, email);
  else if (pathname === "/tvastegsverifiering/aktivera") await setUpApp(page);
}

async function typeCode(page: Page, email: string) {
  for (let tries = 0; tries < 4; tries++) {
    await withFreshCode(email, async (code) => {
      await page.getByLabel("Kod", { exact: true }).fill(code);
      await page.getByRole("button", { name: "Fortsätt" }).click();
      const left = page.waitForURL((url) => url.pathname !== "/tvastegsverifiering", { timeout: 30_000 });
      const used = page.getByText(CODE_USED).first().waitFor({ timeout: 30_000 });
      await Promise.race([left, used]).catch(() => undefined);
    });
    if (new URL(page.url()).pathname !== "/tvastegsverifiering") return;
  }
}

/** Reads the key the enrolment page shows for typing by hand, and types back the code an app would make from it. */
export async function setUpApp(page: Page): Promise<string> {
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  await page.getByLabel("Kod från appen").fill(totpCode(secret, totpStep(new Date())));
  await page.getByRole("button", { name: "Aktivera" }).click();
  await page.getByRole("link", { name: "Jag har sparat koderna, fortsätt" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/tvastegsverifiering"), { timeout: 30_000 });
  return secret;
}
