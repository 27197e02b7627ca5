const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/Firefox\//, "Firefox"],
  [/Chrome\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, "Windows"],
  [/iPhone|iPad/, "iOS"],
  [/Mac OS X/, "macOS"],
  [/Android/, "Android"],
  [/Linux/, "Linux"],
];

/** A browser's user-agent as a person recognises it ("Firefox på Windows"); the raw text stays in the log. */
export function describeUserAgent(userAgent: string | null): string {
  if (!userAgent) return "Okänd webbläsare";
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} på ${system}`;
  return browser ?? system ?? "Okänd webbläsare";
}

/** The client's address as recorded: "unknown" when no trusted proxy told it (lib/server/client-ip.ts). */
export const describeIp = (ip: string | null) => (!ip || ip === "unknown" ? "Okänd" : ip);
