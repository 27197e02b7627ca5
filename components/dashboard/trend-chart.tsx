import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import type { Shown } from "@/lib/rules/suppression";
import { formatCount } from "@/lib/format/figures";
import { CHART } from "./chart-colors";

type Series = { label: string; points: Shown[] };

/**
 * Monthly trend lines on the server (SVG). The two series differ in colour, in dash and in marker
 * (circle or square); a hidden month ("<5") breaks the line rather than drawing a guess. The tables
 * beside it are the accessible version.
 */
export function TrendChart({ months, series, caption }: { months: string[]; series: [Series, Series]; caption: string }) {
  const width = 640;
  const height = 240;
  const margin = { top: 16, right: 16, bottom: 40, left: 44 };
  const max = Math.max(5, ...series.flatMap((s) => s.points.flatMap((p) => (p.suppressed ? [] : [p.value]))));
  const x = scalePoint<number>().domain(months.map((_, i) => i)).range([margin.left, width - margin.right]).padding(0.3);
  const y = scaleLinear().domain([0, max]).nice().range([height - margin.bottom, margin.top]);
  const path = line<Shown>()
    .defined((p) => !p.suppressed)
    .x((_, i) => x(i) ?? 0)
    .y((p) => (p.suppressed ? 0 : y(p.value)));
  const styles = [
    { color: CHART.lineA, dash: undefined },
    { color: CHART.lineB, dash: "6 4" },
  ];
  const step = Math.max(1, Math.ceil(months.length / 6));
  return (
    <figure className="rounded-lg border border-stone-300 bg-white p-4">
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" aria-hidden="true" focusable="false">
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke={CHART.grid} />
            <text x={margin.left - 6} y={y(t)} textAnchor="end" dominantBaseline="middle" fontSize="12" fill={CHART.axis}>
              {t}
            </text>
          </g>
        ))}
        {months.map((m, i) =>
          i % step === 0 ? (
            <text key={m} x={x(i)} y={height - margin.bottom + 18} textAnchor="middle" fontSize="12" fill={CHART.axis}>
              {m}
            </text>
          ) : null,
        )}
        {series.map((s, k) => (
          <g key={s.label}>
            <path d={path(s.points) ?? ""} fill="none" stroke={styles[k]?.color} strokeWidth="2.5" strokeDasharray={styles[k]?.dash} />
            {s.points.map((p, i) =>
              p.suppressed ? null : k === 0 ? (
                <circle key={i} cx={x(i)} cy={y(p.value)} r="4" fill={styles[k]?.color} />
              ) : (
                <rect key={i} x={(x(i) ?? 0) - 4} y={y(p.value) - 4} width="8" height="8" fill={styles[k]?.color} />
              ),
            )}
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 text-sm text-stone-700">
        {caption}{" "}
        <span className="whitespace-nowrap">
          <span aria-hidden="true">●─</span> {series[0].label}
        </span>
        {", "}
        <span className="whitespace-nowrap">
          <span aria-hidden="true">■╌</span> {series[1].label}
        </span>
        . Månader med färre än 5 ({formatCount({ suppressed: true })}) saknar punkt.
      </figcaption>
    </figure>
  );
}
