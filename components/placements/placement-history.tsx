import { DataTable } from "@/components/ui/data-table";
import { PLACEMENT_EVENT } from "@/lib/domain/vocabulary";
import { formatDateTime } from "@/lib/format/date";
import type { PlacementView } from "@/lib/server/placements/get-placement";

type Event = PlacementView["events"][number];

/** Every change in the placement's life, oldest first: who, when, what, why, and how the dates moved. */
export function PlacementHistory({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="text-stone-700">Placeringen har inte ändrats sedan den registrerades.</p>;
  return (
    <DataTable<Event>
      caption="Placeringens historik"
      rows={events}
      rowKey={(e) => e.id}
      columns={[
        { header: "När", cell: (e) => formatDateTime(e.createdAt), nowrap: true },
        { header: "Händelse", cell: (e) => PLACEMENT_EVENT.labels[e.kind] },
        { header: "Av", cell: (e) => e.by.name },
        { header: "Datum", cell: (e) => dateChange(e), nowrap: true },
        { header: "Skäl", cell: (e) => e.reason ?? "–" },
      ]}
    />
  );
}

/** How the end moved (or where it lies), or for a new start how the start moved. */
function dateChange(e: Event): string {
  if (e.startBefore && e.startAfter) return `Start ${e.startBefore} → ${e.startAfter}`;
  if (e.endBefore && e.endAfter) return `${e.endBefore} → ${e.endAfter}`;
  return e.endBefore ?? e.endAfter ?? "–";
}
