// Which Chromium the browser tests drive: CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here
  }
  return candidates.find((p): p is string => Boolean(p) && existsSync(p!)) ?? null;
}

export const CHROMIUM_HINT = "Ingen Chromium hittades för webbläsartesterna: installera Debians paket (sudo apt-get install chromium) eller ange CHROMIUM_PATH=/sökväg/till/chromium.";
