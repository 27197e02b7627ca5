// npm run screenshots: signs in as each demo user on a running Stegvis and saves a picture of the start page.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { DEMO_USERS } from "../prisma/demo-users";
import { passSecondFactor } from "../tests/support/browser-second-factor";
import { CHROMIUM_ARGS, CHROMIUM_HINT, findChromium } from "./chromium";

const baseUrl = process.env.BASE_URL ?? "http://localhost:3000";
const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}
mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
  await page.goto(`${baseUrl}/logga-in`);
  await page.screenshot({ path: "screenshots/logga-in.png", fullPage: true });
  for (const user of DEMO_USERS) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
    const p = await context.newPage();
    await p.goto(`${baseUrl}/logga-in`);
    await p.getByLabel("E-postadress").fill(user.email);
    await p.getByLabel("Lösenord").fill(user.password);
    await p.getByRole("button", { name: "Logga in", exact: true }).click();
    await p.waitForURL((url) => !url.pathname.startsWith("/logga-in"));
    const name = user.email.split("@")[0];
    if (p.url().includes("/tvastegsverifiering")) await p.screenshot({ path: `screenshots/${name}-kod.png`, fullPage: true });
    await passSecondFactor(p, user.email);
    await p.waitForURL((url) => !url.pathname.startsWith("/tvastegsverifiering"));
    await p.waitForLoadState("networkidle");
    const file = `screenshots/${name}.png`;
    await p.screenshot({ path: file, fullPage: true });
    console.log(`${file}: ${p.url()}`);
    await context.close();
  }
} finally {
  await browser.close();
}
