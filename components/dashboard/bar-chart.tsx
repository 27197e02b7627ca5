import { scaleBand, scaleLinear } from "d3-scale";
import type { Shown } from "@/lib/rules/suppression";
import { formatCount } from "@/lib/format/figures";
import { CHART } from "./chart-colors";

/**
 * Horizontal bars drawn on the server as SVG (no JavaScript in the browser). The table beside it is the
 * accessible version, so the drawing is hidden from screen readers. A hidden figure ("<5") gets no bar,
 * only its label, so the drawing never shows more than the table.
 */
export function BarChart({ bars, caption }: { bars: { label: string; figure: Shown }[]; caption: string }) {
  const width = 560;
  const labelWidth = 150;
  const rowHeight = 36;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => (b.figure.suppressed ? 0 : b.figure.value)));
  const x = scaleLinear().domain([0, max]).range([0, width - labelWidth - 60]);
  const y = scaleBand().domain(bars.map((b) => b.label)).range([4, height - 4]).padding(0.25);
  return (
    <figure className="rounded-lg border border-stone-300 bg-white p-4">
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-xl" aria-hidden="true" focusable="false">
        {bars.map((b) => {
          const top = y(b.label) ?? 0;
          const length = b.figure.suppressed ? 0 : x(b.figure.value);
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={top + y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle" fontSize="14" fill={CHART.text}>
                {b.label}
              </text>
              <rect x={labelWidth} y={top} width={length} height={y.bandwidth()} fill={CHART.bar} />
              <text x={labelWidth + length + 6} y={top + y.bandwidth() / 2} dominantBaseline="middle" fontSize="14" fontWeight="600" fill={CHART.text}>
                {formatCount(b.figure)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-stone-700">{caption}</figcaption>
    </figure>
  );
}
