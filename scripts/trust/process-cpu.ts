// CPU time a process and its descendants have used, from Linux's /proc: unlike wall-clock times, it does not
// count the time the process waits for a core, so it stays comparable on a machine other work shares.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

function ticksPerSecond(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
}

type Stat = { ppid: number; cpuTicks: number };

function readStat(pid: number): Stat | null {
  try {
    // The command name (field 2) may hold spaces and parentheses: the fields after it start at the last ")".
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Milliseconds of CPU (user + system) used so far by `pid` and every living descendant; null off Linux. */
export function treeCpuMs(pid: number): number | null {
  if (!existsSync("/proc/self/stat")) return null;
  const stats = new Map<number, Stat>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.set(Number(entry), stat);
  }
  const inTree = (candidate: number): boolean => {
    for (let at: number | undefined = candidate; at && at > 1; at = stats.get(at)?.ppid) if (at === pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [candidate, stat] of stats) if (inTree(candidate)) ticks += stat.cpuTicks;
  return (ticks * 1_000) / ticksPerSecond();
}
