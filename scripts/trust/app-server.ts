// The built app as a child process of a load or fault run: its own port, output to a log file, and a way to
// kill it as a crash would (SIGKILL to its whole process group).
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { freePort } from "../db/embedded";
import { waitUntilServing } from "../serving";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppServer = { baseUrl: string; port: number; process: ChildProcess; stop: () => Promise<void>; kill: () => Promise<void> };

/** `nodeArgs`: options for node itself, before the script (such as --cpu-prof, which NODE_OPTIONS refuses). */
export async function startApp(options: { databaseUrl: string; secret: string; log: string; port?: number; env?: Record<string, string>; nodeArgs?: string[] }): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://localhost:${port}`;
  const out = openSync(options.log, "a");
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", path.join(ROOT, "scripts/http-server.ts"), "--port", String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", DATABASE_URL: options.databaseUrl, NEXTAUTH_SECRET: options.secret, NEXTAUTH_URL: baseUrl, ...options.env },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
    await exited;
  };
  if (!(await waitUntilServing(baseUrl, 90_000))) {
    await signal("SIGKILL");
    throw new Error(`Appen svarade inte på ${baseUrl}; se ${options.log}`);
  }
  return { baseUrl, port, process: child, stop: () => signal("SIGTERM"), kill: () => signal("SIGKILL") };
}
