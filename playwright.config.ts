import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/chromium";

const ISOLATED = /(access-matrix|fuzz-actions)\.spec\.ts$/;

// Started by scripts/e2e.ts, which serves the built app and passes its address and browser.
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: process.env.E2E_BASE_URL,
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  // The matrix and the HTTP fuzzing assert that a refused request wrote nothing in whole units: they run
  // after every other spec, so no workflow test writes there at the same time.
  projects: [
    { name: "workflows", testIgnore: ISOLATED },
    { name: "isolated", testMatch: ISOLATED, dependencies: ["workflows"] },
  ],
});
