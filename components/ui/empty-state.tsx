import type { ReactNode } from "react";

/** Said when a list is empty: what it would show, and what to do next. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-stone-400 bg-white p-8">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mt-2 text-stone-700">{children}</div>
    </div>
  );
}
