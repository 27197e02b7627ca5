// The second factor in the browser and over HTTP: a case officer without an app is made to set one up at the
// first sign-in, and from then on the password alone opens nothing, not a page, a form, an autosave or an export.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { totpCode, totpStep } from "../../lib/domain/second-factor";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { knownTotpSecret } from "../../prisma/demo-second-factor";
import { createProvider, createUnit, createUser } from "../support/factories";
import { actionIds, Visitor } from "../support/http-visitor";
import { expectAccessible, signInWithPasswordOnly } from "./fixtures";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());
const baseUrl = process.env.E2E_BASE_URL!;
test.setTimeout(150_000);
const SLOW = { timeout: 60_000 };

/**
 * A code the app would show that is newer than `after` (a code is good once), waiting for the clock if need be. The
 * current step's, not the one before: on a busy machine the page may take long enough for that one to fall out of
 * the server's window (one step either side) before it is checked.
 */
async function codeAfter(secret: string, after: number): Promise<{ code: string; step: number }> {
  for (;;) {
    const now = totpStep(new Date());
    const step = Math.max(now, after + 1);
    if (step <= now + 1) return { code: totpCode(secret, step), step };
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
}

async function typeCode(page: Page, label: string, code: string, button: string) {
  await page.getByLabel(label, { exact: true }).fill(code);
  await page.getByRole("button", { name: button }).click();
}

test("a new case officer sets up the app at the first sign-in, and after that cannot sign in without a code", async ({ page }) => {
  const officer = await createUser(prisma, { role: "HANDLAGGARE", unitId: (await createUnit(prisma)).id });
  await prisma.totpCredential.delete({ where: { userId: officer.id } });

  await page.goto("/handlaggare");
  await signInWithPasswordOnly(page, officer.email, officer.password);
  await expect(page).toHaveURL(/\/tvastegsverifiering\/aktivera\?callbackUrl=%2Fhandlaggare$/, SLOW);
  await expect(page.getByRole("heading", { name: "Aktivera tvåstegsverifiering" })).toBeVisible();
  await expect(page.getByRole("img", { name: /QR-kod/ })).toBeVisible();
  await expectAccessible(page);
  // Nothing else opens meanwhile: the caseload sends the user back.
  await page.goto("/handlaggare");
  await expect(page).toHaveURL(/\/tvastegsverifiering\/aktivera/);

  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await typeCode(page, "Kod från appen", "123", "Aktivera");
  await expect(page.getByText("Skriv de sex siffror som appen visar.").first()).toBeVisible();
  const enrolled = await codeAfter(secret, 0);
  await typeCode(page, "Kod från appen", enrolled.code, "Aktivera");
  const codes = page.getByRole("list", { name: "Återställningskoder" }).getByRole("listitem");
  await expect(codes).toHaveCount(10, SLOW);
  await expect(codes.first()).toHaveText(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Jag har sparat koderna, fortsätt" }).click();
  await expect(page).toHaveURL(/\/handlaggare$/);
  await expect(page.getByRole("heading", { name: "Mina deltagare" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();

  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in/, SLOW);
  await signInWithPasswordOnly(page, officer.email, officer.password);
  await expect(page).toHaveURL(/\/tvastegsverifiering\?callbackUrl=%2F$/, SLOW);
  await expectAccessible(page);
  await page.goto("/handlaggare");
  await expect(page).toHaveURL(/\/tvastegsverifiering\?callbackUrl=%2Fhandlaggare$/);

  // The code that set up the app was used: it does not open this session.
  await typeCode(page, "Kod", enrolled.code, "Fortsätt");
  await expect(page.getByText(/Koden (har redan använts|stämmer inte)/).first()).toBeVisible(SLOW);
  await expectAccessible(page);
  const next = await codeAfter(secret, enrolled.step);
  await typeCode(page, "Kod", next.code, "Fortsätt");
  await expect(page).toHaveURL(/\/handlaggare$/, SLOW);
  await expect(page.getByRole("heading", { name: "Mina deltagare" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();
  // "123" never reached the check (the form's schema refused it); the code used twice did, and was logged: as
  // used, or as wrong once its 30-second window has passed on a slow machine (the page said either, above).
  const failures = await prisma.auditEvent.findMany({ where: { entityId: officer.id, action: "SIGN_IN_FAILED" }, select: { changes: true } });
  expect(failures).toHaveLength(1);
  expect(failures[0]!.changes).toEqual({ check: "second-factor", reason: expect.stringMatching(/^(code-reused|wrong-code)$/) });
});

test("leaving at the code ends the session held there", async ({ page }) => {
  const officer = await createUser(prisma, { role: "HANDLAGGARE", unitId: (await createUnit(prisma)).id });
  await page.goto("/logga-in");
  await signInWithPasswordOnly(page, officer.email, officer.password);
  await expect(page).toHaveURL(/\/tvastegsverifiering/, SLOW);
  await page.getByRole("button", { name: "Avbryt och logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in$/, SLOW);
  expect(await prisma.userSession.count({ where: { userId: officer.id, revokedAt: null } })).toBe(0);
});

test("a session opened by the password alone reaches no page, form, autosave or export", async () => {
  const unit = await createUnit(prisma);
  const officer = await createUser(prisma, { role: "HANDLAGGARE", unitId: unit.id });
  // A host and a coordinator who chose to set up the app are held at the code as well.
  const host = await createUser(prisma, { role: "ANORDNARE", providerId: (await createProvider(prisma)).id });
  const coordinator = await createUser(prisma, { role: "KOORDINATOR", unitId: unit.id });
  for (const user of [host, coordinator]) await prisma.totpCredential.create({ data: { userId: user.id, secret: knownTotpSecret(user.email), lastUsedStep: 0 } });
  const [officerVisitor, hostVisitor, coordinatorVisitor] = [new Visitor(baseUrl), new Visitor(baseUrl), new Visitor(baseUrl)];
  expect(await officerVisitor.signInWithPasswordOnly(officer.email, officer.password)).toBe(true);
  expect(await hostVisitor.signInWithPasswordOnly(host.email, host.password)).toBe(true);
  expect(await coordinatorVisitor.signInWithPasswordOnly(coordinator.email, coordinator.password)).toBe(true);

  expect(JSON.parse((await officerVisitor.fetch("/api/auth/session")).body)).not.toHaveProperty("user");
  for (const path of ["/", "/handlaggare", "/mina-sessioner", "/byt-losenord", `/handlaggare/deltagare/${randomUUID()}/registerutdrag/fil`]) {
    const reply = await officerVisitor.fetch(path);
    expect(reply.status, path).toBeGreaterThanOrEqual(300);
    expect(reply.headers.get("location"), path).toMatch(/\/tvastegsverifiering\?callbackUrl=/);
  }
  const register = actionIds().get("app/handlaggare/deltagare/actions.ts#registerParticipantAction")!;
  const posted = await officerVisitor.callAction("/handlaggare/deltagare/ny", register, { firstName: "Ingen" });
  expect(posted.answer).toBe("sign-in");
  const autosave = actionIds().get("app/anordnare/actions.ts#saveFollowUpDraftAction")!;
  const saved = await hostVisitor.callAction("/anordnare", autosave, { followUpId: randomUUID(), version: "1" }, {}, "form");
  expect(saved.body).toMatch(/"saved":false/);
  for (const format of ["csv", "xlsx"]) {
    const exported = await coordinatorVisitor.fetch(`/koordinator/export/nu?format=${format}`);
    expect(exported.headers.get("location"), format).toMatch(/\/tvastegsverifiering\?callbackUrl=/);
  }
  // With the code, the same session opens.
  expect(await officerVisitor.signIn(officer.email, officer.password)).toBe(true);
  expect((await officerVisitor.fetch("/handlaggare")).status).toBe(200);
});
