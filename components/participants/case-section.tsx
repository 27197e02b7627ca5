import Link from "next/link";
import type { ReactNode } from "react";

/** One section of the participant's case: a heading, an optional action beside it, and its content. */
export function CaseSection({ id, title, action, children }: { id: string; title: string; action?: { href: string; label: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-rubrik`} className="mt-10">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={`${id}-rubrik`} className="text-xl font-semibold">
          {title}
        </h2>
        {action && (
          <Link href={action.href} className="rounded border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-900 underline-offset-2 hover:underline">
            {action.label}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

/** Said when a section has nothing yet: what it will hold and what to do. */
export function EmptySection({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-stone-400 bg-white p-4 text-stone-700">{children}</p>;
}

/** Text as the person typed it, line breaks kept (React escapes it, so hostile text stays text). */
export function Prose({ children }: { children: string }) {
  return <p className="whitespace-pre-line">{children}</p>;
}
