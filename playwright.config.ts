import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/chromium";

const MATRIX = /access-matrix\.spec\.ts$/;
const FUZZ = /fuzz-actions\.spec\.ts$/;

// Started by scripts/e2e.ts, which serves the built app and passes its address and browser.
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // A whole flow with a sign-in (argon2 on purpose slow) and axe twice: well over 30 s on a busy 2-core machine.
  timeout: 90_000,
  // An assertion waits for a server action's answer, which on a 2-core machine running the app, PostgreSQL and two
  // browsers takes seconds; Playwright's 5 s default failed assertions that a slow answer later met.
  expect: { timeout: 15_000 },
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  // The matrix asserts that a refused request wrote nothing in whole units, and it runs gallring for real: it
  // runs last and alone, in order, after the workflow specs and the HTTP fuzzing (which may write clean inputs).
  projects: [
    { name: "workflows", testIgnore: [MATRIX, FUZZ] },
    { name: "fuzz", testMatch: FUZZ, dependencies: ["workflows"] },
    { name: "matrix", testMatch: MATRIX, dependencies: ["fuzz"], fullyParallel: false },
  ],
});
