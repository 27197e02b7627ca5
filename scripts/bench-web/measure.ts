// One page load in Chromium with the cache disabled: the JavaScript it fetched (compressed bytes on the
// wire, from the DevTools protocol) and its Largest Contentful Paint.
import type { BrowserContext } from "@playwright/test";

export type Load = { status: number; scriptBytes: number; scripts: number; lcpMs: number | null; finalPath: string };

export async function measureLoad(context: BrowserContext, url: string): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const scripts = new Set<string>();
  let scriptBytes = 0;
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.add(event.requestId);
  });
  cdp.on("Network.loadingFinished", (event) => {
    if (scripts.has(event.requestId)) scriptBytes += event.encodedDataLength;
  });
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const lcpMs = await page.evaluate(
      () =>
        new Promise<number | null>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? null)).observe({ type: "largest-contentful-paint", buffered: true });
          setTimeout(() => resolve(null), 2000);
        }),
    );
    return { status: response?.status() ?? 0, scriptBytes, scripts: scripts.size, lcpMs, finalPath: new URL(page.url()).pathname };
  } finally {
    await cdp.detach();
    await page.close();
  }
}
