import type { ReactNode } from "react";

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children && <div className="mt-2 max-w-3xl text-stone-700">{children}</div>}
    </div>
  );
}
