import { KIND_LABELS, MODE_LABELS } from "@/lib/rules";
import type { HostPlacementProposals } from "@/lib/server/proposals/read-proposals";

/** What a proposal changes, as the provider sees the placement now: never a personnummer. */
export function HostPlacementFacts({ placement }: { placement: HostPlacementProposals["placement"] }) {
  return (
    <dl className="mb-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5 sm:grid-cols-[minmax(0,12rem)_1fr]">
      <dt className="font-medium">Deltagare</dt>
      <dd>{placement.participant.name}</dd>
      <dt className="font-medium">Placering</dt>
      <dd>
        {KIND_LABELS[placement.kind]}, {MODE_LABELS[placement.mode].toLowerCase()}
      </dd>
      <dt className="font-medium">Period</dt>
      <dd>
        {placement.startDate} – {placement.actualEndDate ?? placement.plannedEndDate}
      </dd>
      <dt className="font-medium">Timmar per vecka</dt>
      <dd>{placement.hoursPerWeek}</dd>
      <dt className="font-medium">Arbetsuppgifter</dt>
      <dd className="whitespace-pre-line">{placement.tasks}</dd>
      <dt className="font-medium">Handledare</dt>
      <dd>{placement.supervisor?.name ?? "Ingen utsedd"}</dd>
    </dl>
  );
}
