import { expect, request, test, type APIRequestContext, type Page } from "@playwright/test";
import { createPrismaClient } from "../../lib/server/prisma-client";
import type { Role } from "../../lib/server/generated/prisma/enums";
import { createUnit, createUser } from "../support/factories";
import { demoUser, expectAccessible, signIn, START_PAGES } from "./fixtures";
import { openHeldSessions } from "../support/second-factor";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());

/** A user of the test's own: signing out ends every session of a user, which must not hit other tests. */
async function ownUser(role: Role) {
  const unit = await createUnit(prisma);
  return createUser(prisma, { role, unitId: role === "HANDLAGGARE" || role === "KOORDINATOR" ? unit.id : null });
}

// Signing in hashes a password (argon2, ~20 MiB): on a busy shared machine it takes longer than expect's 5 s.
const SIGN_IN_TIMEOUT = { timeout: 30_000 };

async function signInAs(page: Page, user: { role: Role; email: string; password: string }) {
  await page.goto("/logga-in");
  await signIn(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`${START_PAGES[user.role]}$`), SIGN_IN_TIMEOUT);
}

/** Signs in over HTTP as a script would: the CSRF token, then the credentials callback. */
async function signInOverHttp(api: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect(response.ok()).toBe(true);
  return csrfToken;
}

test("a session cookie copied before sign-out opens nothing after it", async ({ baseURL }) => {
  const officer = await ownUser("HANDLAGGARE");
  const browser = await request.newContext({ baseURL });
  const csrfToken = await signInOverHttp(browser, officer.email, officer.password);
  await openHeldSessions(prisma, officer.id);
  expect(await (await browser.get("/api/auth/session")).json()).toMatchObject({ user: { id: officer.id } });
  const copied = await browser.storageState();

  expect((await browser.post("/api/auth/signout", { form: { csrfToken, json: "true" } })).ok()).toBe(true);

  const thief = await request.newContext({ baseURL, storageState: copied });
  expect(await (await thief.get("/api/auth/session")).json()).toEqual({});
  const caseload = await thief.get("/handlaggare");
  expect(caseload.url()).toMatch(/\/logga-in\?callbackUrl=%2Fhandlaggare/);
  await expect(caseload.text()).resolves.not.toContain("Mina deltagare");
  await browser.dispose();
  await thief.dispose();
});

test("signing out in the browser ends the session for every copy of its cookie", async ({ page, browser }) => {
  const admin = await ownUser("ADMIN");
  await signInAs(page, admin);
  const copy = await browser.newContext({ storageState: await page.context().storageState() });
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in/, SIGN_IN_TIMEOUT);
  const replay = await copy.newPage();
  await replay.goto("/admin");
  await expect(replay).toHaveURL(/\/logga-in\?callbackUrl=%2Fadmin/);
  await copy.close();
});

/** Collects the browser's reports of anything the Content-Security-Policy blocked. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

test("every page carries a nonce-based CSP, and the app still works under it, by keyboard", async ({ page }) => {
  const violations = cspViolations(page);
  const response = await page.goto("/logga-in");
  const csp = (await response!.allHeaders())["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Next marks its own inline scripts with this response's nonce.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  // A fresh nonce for every response.
  const again = await page.request.get("/logga-in");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);

  const user = demoUser("KOORDINATOR");
  await page.getByLabel("E-postadress").fill(user.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${START_PAGES.KOORDINATOR}$`), SIGN_IN_TIMEOUT);
  await expectAccessible(page);
  expect(violations).toEqual([]);
});

test("pages and API answers carry the fixed security headers; a redirect too", async ({ page, baseURL }) => {
  const api = await request.newContext({ baseURL, maxRedirects: 0 });
  for (const path of ["/logga-in", "/api/auth/session", "/handlaggare"]) {
    const headers = (await api.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["strict-transport-security"], path).toMatch(/max-age=\d{8}/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  await api.dispose();
  await page.goto("/logga-in");
});

test("a role refused a page leaves an audit event", async ({ page }) => {
  const provider = await prisma.provider.findFirstOrThrow();
  const host = await createUser(prisma, { role: "ANORDNARE", providerId: provider.id });
  await signInAs(page, host);
  expect((await page.goto("/handlaggare"))?.status()).toBe(403);
  const refused = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: host.id, action: "ACCESS_DENIED" } });
  expect(refused).toMatchObject({ entity: "Page", entityId: "/handlaggare", changes: { policy: "viewCaseload" } });
});
