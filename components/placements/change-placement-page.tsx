import Link from "next/link";
import type { ReactNode } from "react";
import { PlacementSummary } from "@/components/placements/placement-summary";
import { PageHeader } from "@/components/ui/page-header";
import { changeRefusal, type PlacementChange } from "@/lib/domain/placement-changes";
import type { PlacementView } from "@/lib/server/placements/get-placement";

/**
 * The frame of each change form: the way back, what is being changed, and the form, or, when the
 * placement's status (or a withdrawn consent) does not take this change, the reason instead of a form.
 */
export function ChangePlacementPage({
  placement,
  today,
  change,
  title,
  intro,
  children,
}: {
  placement: PlacementView;
  today: string;
  change: PlacementChange;
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  const refusal = changeRefusal(placement, change) ?? (change === "extend" ? placement.consentRefusal.extend : null);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/placeringar/${placement.id}`} className="underline">
          ← Tillbaka till placeringen
        </Link>
      </p>
      <PageHeader title={title}>{intro}</PageHeader>
      <PlacementSummary placement={placement} today={today} />
      <div className="max-w-2xl">
        {refusal ? (
          <p role="status" className="rounded border border-amber-700 bg-amber-50 p-4 text-amber-950">
            {refusal}
          </p>
        ) : (
          children
        )}
      </div>
    </>
  );
}
