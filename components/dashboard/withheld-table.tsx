import { WITHHELD_TEXT, type Withheld } from "@/lib/rules/suppression";

/** In place of a table withheld whole: its title and why no figure is shown (lib/rules/suppression). */
export function WithheldTable({ id, title, reason }: { id: string; title: string; reason: Withheld }) {
  return (
    <div className="rounded-lg border border-stone-300 bg-white px-4 py-3 text-sm" data-figure={id} data-withheld={reason}>
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-stone-700">{WITHHELD_TEXT[reason]}</p>
    </div>
  );
}
