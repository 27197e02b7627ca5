// A PostgreSQL server of the run's own: initdb in a temporary folder, on a free loopback port, so a fault run can
// stop and restart it without touching any other server on the machine. Uses the installed server binaries
// (PG_BIN, or the newest /usr/lib/postgresql/*/bin); as root it runs them as the `postgres` OS user.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../db/embedded";

export type ScratchCluster = {
  url: string;
  /** Stops the server as a crash would (`immediate`: no checkpoint, recovery on start) or cleanly (`fast`). */
  stop: (mode?: "immediate" | "fast") => void;
  start: () => void;
  /** Stops it and deletes its folder. */
  remove: () => void;
};

export function postgresBinaries(): string | null {
  if (process.env.PG_BIN) return existsSync(path.join(process.env.PG_BIN, "initdb")) ? process.env.PG_BIN : null;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

export async function startScratchCluster(options: { maxConnections?: number } = {}): Promise<ScratchCluster> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("PostgreSQL-programmen (initdb, pg_ctl) hittades inte. Ange mappen med PG_BIN=/sökväg/till/bin.");
  const dir = mkdtempSync(path.join(tmpdir(), "stegvis-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: string[]) => {
    const [command, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]] : [path.join(bin, program), args];
    const result = spawnSync(command as string, argv as string[], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${program} misslyckades: ${result.stderr || result.stdout}`);
  };
  const port = await freePort();
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=${options.maxConnections ?? 200}`;
  const start = () => run("pg_ctl", ["-D", data, "-o", serverOptions, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"]);
  const stop = (mode: "immediate" | "fast" = "fast") => run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: () => {
      try {
        stop("immediate");
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
