import { scaleLinear } from "d3-scale";
import { STAGES, STAGE_LABELS, type Stage } from "@/lib/rules";
import type { Shown } from "@/lib/rules/suppression";
import { formatCount } from "@/lib/format/figures";
import { CHART } from "./chart-colors";

/**
 * Moves between stages as a from → to matrix on the server (SVG). Darker squares hold more participants;
 * every square also carries its number (or "<5"), so the shade is never the only cue. The flows table
 * beside it is the accessible version.
 */
export function FlowMatrix({ flow, caption }: { flow: (from: Stage, to: Stage) => Shown; caption: string }) {
  const cell = 96;
  const left = 175;
  const top = 50;
  const ids = STAGES.map((s) => s.id);
  const values = ids.flatMap((from) => ids.flatMap((to) => (from === to ? [] : [flow(from, to)]))).flatMap((s) => (s.suppressed ? [] : [s.value]));
  const shade = scaleLinear().domain([0, Math.max(1, ...values)]).range([0.12, 1]);
  return (
    <figure className="rounded-lg border border-stone-300 bg-white p-4">
      <svg viewBox={`0 0 ${left + cell * 3 + 10} ${top + cell * 3 + 10}`} className="h-auto w-full max-w-md" aria-hidden="true" focusable="false">
        <text x={left + (cell * 3) / 2} y={14} textAnchor="middle" fontSize="13" fill={CHART.axis}>
          Till steg
        </text>
        {ids.map((to, c) => (
          <text key={to} x={left + c * cell + cell / 2} y={top - 10} textAnchor="middle" fontSize="13" fill={CHART.text}>
            {STAGE_LABELS[to]}
          </text>
        ))}
        {ids.map((from, r) => (
          <g key={from}>
            <text x={left - 8} y={top + r * cell + cell / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill={CHART.text}>
              {`Från ${STAGE_LABELS[from].toLowerCase()}`}
            </text>
            {ids.map((to, c) => {
              const same = from === to;
              const figure = same ? null : flow(from, to);
              const opacity = !figure || figure.suppressed ? 0 : shade(figure.value);
              const dark = opacity > 0.55;
              return (
                <g key={to}>
                  <rect x={left + c * cell} y={top + r * cell} width={cell - 4} height={cell - 4} fill="#f5f5f4" stroke={CHART.grid} />
                  <rect x={left + c * cell} y={top + r * cell} width={cell - 4} height={cell - 4} fill={CHART.bar} fillOpacity={opacity} />
                  <text x={left + c * cell + (cell - 4) / 2} y={top + r * cell + (cell - 4) / 2} textAnchor="middle" dominantBaseline="middle" fontSize="16" fontWeight="600" fill={dark ? "#ffffff" : CHART.text}>
                    {figure ? formatCount(figure) : "–"}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-stone-700">{caption}</figcaption>
    </figure>
  );
}
