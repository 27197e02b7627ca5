import type { ReactNode } from "react";

/** One labelled value of an extract; an empty value says so instead of leaving a gap. */
export type Entry = [label: string, value: ReactNode];

/** Label and value pairs, as a definition list that prints as it shows. */
export function Fields({ entries }: { entries: Entry[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
      {entries.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium">{label}</dt>
          <dd className="mb-2 whitespace-pre-line sm:mb-0">{value === null || value === undefined || value === "" ? <span className="text-stone-600">Inget angivet</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A part of an extract: a heading and its records; kept whole on one printed page where it fits. */
export function ExtractSection({ title, empty, children }: { title: string; empty?: boolean; children: ReactNode }) {
  return (
    <section className="mt-8 break-inside-avoid-page">
      <h2 className="mb-3 text-xl font-semibold">{title}</h2>
      {empty ? <p className="text-stone-700">Inget sparat.</p> : children}
    </section>
  );
}

/** One record inside a section, framed on screen and on paper. */
export function Record({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="mb-4 break-inside-avoid rounded-lg border border-stone-300 bg-white p-4 print:border-stone-500">
      {title && <h3 className="mb-2 font-semibold">{title}</h3>}
      {children}
    </div>
  );
}
