// Not "server-only": the headers the services give their tables.
import { OUTCOME_KIND } from "@/lib/domain/vocabulary";
import { KIND_LABELS, MODE_LABELS, PLACEMENT_KINDS, PLACEMENT_MODES, STAGES, STAGE_LABELS, type Stage } from "@/lib/rules";
import { GENDER_GROUPS, GENDER_GROUP_LABELS } from "./coverage";
import type { Header } from "./figure-table";

export const GENDER_COLUMNS: Header[] = GENDER_GROUPS.map((g) => ({ key: g, label: GENDER_GROUP_LABELS[g] }));
export const STAGE_ROWS: Header[] = STAGES.map((s) => ({ key: s.id, label: s.label }));
export const KIND_HEADERS: Header[] = PLACEMENT_KINDS.map((k) => ({ key: k, label: KIND_LABELS[k] }));
export const MODE_ROWS: Header[] = PLACEMENT_MODES.map((m) => ({ key: m, label: MODE_LABELS[m] }));
export const OUTCOME_ROWS: Header[] = OUTCOME_KIND.codes.map((k) => ({ key: k, label: OUTCOME_KIND.labels[k] }));

/** Every move between two different stages, forward ones first: "KOMMA_IGANG>PA_VAG". */
export const FLOW_ROWS: Header[] = (() => {
  const ids = STAGES.map((s) => s.id) as Stage[];
  const moves: Header[] = [];
  for (const backward of [false, true])
    for (const from of ids)
      for (const to of ids) {
        const step = ids.indexOf(to) - ids.indexOf(from);
        if (step !== 0 && step < 0 === backward) moves.push({ key: `${from}>${to}`, label: `${STAGE_LABELS[from]} → ${STAGE_LABELS[to]}` });
      }
  return moves;
})();

const MONTH_NAMES = new Intl.DateTimeFormat("sv-SE", { month: "short", year: "numeric", timeZone: "UTC" });

/** The months a period touches, "YYYY-MM" with a Swedish label ("jan. 2026"). */
export function monthRows(from: string, to: string): Header[] {
  const rows: Header[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > last) break;
    rows.push({ key, label: MONTH_NAMES.format(new Date(Date.UTC(year, month - 1, 1))) });
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return rows;
}
