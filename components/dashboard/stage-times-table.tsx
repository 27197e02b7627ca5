import type { StageTimes } from "@/lib/server/dashboard";
import { GENDER_GROUPS, GENDER_GROUP_LABELS } from "@/lib/server/dashboard/coverage";
import { formatCount, formatDays } from "@/lib/format/figures";
import { WithheldTable } from "./withheld-table";

const CAPTION = "Mediantid i varje steg, i dagar (antal avslutade vistelser inom parentes)";

/** Median days in each stage per gender, with the number of stays each median is taken over. */
export function StageTimesTable({ times }: { times: StageTimes }) {
  if (times.withheld) return <WithheldTable id="tid-i-steg" title={CAPTION} reason={times.withheld} />;
  const groups = [...GENDER_GROUPS, "ALL"] as const;
  const label = (g: (typeof groups)[number]) => (g === "ALL" ? "Alla" : GENDER_GROUP_LABELS[g]);
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-300 bg-white">
      <table className="w-full border-collapse text-left text-sm" data-figure="tid-i-steg">
        <caption className="px-4 pt-3 text-left font-semibold">{CAPTION}</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Steg
            </th>
            {groups.map((g) => (
              <th key={g} scope="col" className="px-4 py-2 text-right font-semibold">
                {label(g)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {times.rows.map((row) => (
            <tr key={row.stage} className="border-t border-stone-200">
              <th scope="row" className="px-4 py-2 font-normal">
                {row.label}
              </th>
              {groups.map((g) => (
                <td key={g} className="px-4 py-2 text-right tabular-nums">
                  {formatDays(row.byGender[g].medianDays)} ({formatCount(row.byGender[g].stays)})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
