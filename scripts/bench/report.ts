// The bench's printout: p50 and p95 per case, app ÷ SQL, and the goals with whether they are met.
import type { BenchCase, Group } from "./cases";
import { percentile, type Timings } from "./measure";

export const GOALS = {
  dashboardPageP95: 150,
  ratio: 1.3,
  caseloadP95: 50,
} as const;

export type Result = { case: BenchCase; timings: Timings };

const ms = (value: number) => (Number.isNaN(value) ? "–" : value.toFixed(1).replace(".", ","));
const ratioOf = (r: Result) => (r.timings.sql.length ? percentile(r.timings.app, 50) / percentile(r.timings.sql, 50) : Number.NaN);

const GROUP_TITLES: Record<Group, string> = {
  dashboard: "Koordinatorns översikt",
  caseload: "Handläggarens ärendelista och sökning",
  provider: "Anordnarens startsida",
  participant: "Deltagarens sida",
};

export function table(results: Result[]): string {
  const header = ["Fråga", "app p50", "app p95", "SQL p50", "SQL p95", "app ÷ SQL"];
  const rows: string[][] = [];
  for (const group of Object.keys(GROUP_TITLES) as Group[]) {
    const inGroup = results.filter((r) => r.case.group === group);
    if (inGroup.length === 0) continue;
    rows.push([`— ${GROUP_TITLES[group]}`, "", "", "", "", ""]);
    for (const r of inGroup) {
      rows.push([
        r.case.name,
        ms(percentile(r.timings.app, 50)),
        ms(percentile(r.timings.app, 95)),
        ms(percentile(r.timings.sql, 50)),
        ms(percentile(r.timings.sql, 95)),
        Number.isNaN(ratioOf(r)) ? "–" : ratioOf(r).toFixed(2).replace(".", ","),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export type Verdict = { goal: string; measured: string; met: boolean };

export function verdicts(results: Result[], wholeDashboard: string): Verdict[] {
  const out: Verdict[] = [];
  const page = results.find((r) => r.case.name === wholeDashboard);
  if (page) {
    const p95 = percentile(page.timings.app, 95);
    out.push({ goal: `Översiktens data p95 ≤ ${GOALS.dashboardPageP95} ms`, measured: `${ms(p95)} ms`, met: p95 <= GOALS.dashboardPageP95 });
  }
  for (const r of results.filter((x) => x.case.group === "dashboard" && x.case.name !== wholeDashboard)) {
    const ratio = ratioOf(r);
    out.push({ goal: `${r.case.name}: app ÷ SQL ≤ ${String(GOALS.ratio).replace(".", ",")} (p50)`, measured: ratio.toFixed(2).replace(".", ","), met: ratio <= GOALS.ratio });
  }
  for (const r of results.filter((x) => x.case.group === "caseload")) {
    const p95 = percentile(r.timings.app, 95);
    out.push({ goal: `${r.case.name}: p95 ≤ ${GOALS.caseloadP95} ms`, measured: `${ms(p95)} ms`, met: p95 <= GOALS.caseloadP95 });
  }
  return out;
}

export function verdictText(list: Verdict[]): string {
  return list.map((v) => `${v.met ? "uppfyllt    " : "EJ UPPFYLLT "} ${v.goal} — uppmätt ${v.measured}`).join("\n");
}
