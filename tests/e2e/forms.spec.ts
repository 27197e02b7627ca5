import { expect as baseExpect, test } from "@playwright/test";
import { demoUser, signInAs } from "./fixtures";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

// Found by a new user: leaving a field empty moved focus to the error summary, so Tab looped and typing
// went nowhere. Focus may move there only after a submit. Forms validate on the server only (ADR 0004),
// so leaving a field says nothing yet; the refused submit marks the field and moves focus to the summary.
test("leaving a field keeps the keyboard in the form; only a refused submit moves focus to the error summary", async ({ page }) => {
  await signInAs(page, demoUser("HANDLAGGARE"));
  await page.goto("/handlaggare/deltagare/ny");
  const number = page.getByLabel("Personnummer eller samordningsnummer");
  const firstName = page.getByLabel("Förnamn");

  await number.focus();
  await page.keyboard.press("Tab");
  await expect(firstName).toBeFocused();
  await expect(number).not.toHaveAttribute("aria-invalid", "true");
  await page.keyboard.type("Saga");
  await expect(firstName).toHaveValue("Saga");
  await expect(page.getByRole("alert").filter({ hasText: "fel i formuläret" })).toHaveCount(0);

  await page.getByRole("button", { name: "Registrera deltagaren" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "fel i formuläret" });
  await expect(summary).toBeFocused();
  await expect(number).toHaveAttribute("aria-invalid", "true");
  await expect(firstName).toHaveValue("Saga");

  // After the refusal, correcting a field and leaving it keeps the keyboard in the form.
  await number.focus();
  await page.keyboard.type("19");
  await page.keyboard.press("Tab");
  await expect(firstName).toBeFocused();
});
