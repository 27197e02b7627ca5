// Whether .next holds a build of the current sources, so npm start builds only when needed.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const INPUTS = ["app", "components", "lib", "public", "types", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const STAMP = path.join(ROOT, ".next", "stegvis-source-hash");

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full).sort().flatMap((name) => files(path.join(entry, name)));
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files)) {
    hash.update(file).update("\0").update(readFileSync(path.join(ROOT, file))).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join(ROOT, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceFingerprint();
}

export function runNext(args: string[], env: NodeJS.ProcessEnv = process.env) {
  // Telemetry would try to reach the internet, which these machines cannot.
  return spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), ...args], {
    cwd: ROOT,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "inherit",
  });
}

/** Serves the app (scripts/http-server.ts) on `port`; on every interface when no host is given. */
export function runAppServer(options: { port: number; host?: string; dev?: boolean }, env: NodeJS.ProcessEnv = process.env) {
  const args = ["--port", String(options.port), ...(options.host ? ["--host", options.host] : []), ...(options.dev ? ["--dev"] : [])];
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/http-server.ts"), ...args], {
    cwd: ROOT,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env, NODE_ENV: options.dev ? "development" : "production" },
    stdio: "inherit",
  });
}

/** Runs `next build` unless the build in .next is of the current sources. */
export async function ensureBuild(): Promise<void> {
  if (buildIsCurrent()) return;
  console.log("Bygger appen (första gången eller efter en ändring), det tar en stund …");
  const fingerprint = sourceFingerprint();
  const code = await new Promise<number | null>((resolve) => runNext(["build"]).on("exit", resolve));
  if (code !== 0) throw new Error("Bygget misslyckades; se utskriften ovan.");
  writeFileSync(STAMP, fingerprint);
}
