import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HostPlacementFacts } from "@/components/proposals/host-placement-facts";
import { ProposalForm } from "@/components/proposals/proposal-form";
import { PageHeader } from "@/components/ui/page-header";
import { changeRefusal, PROPOSED_CHANGE } from "@/lib/domain/placement-changes";
import { PROPOSAL_KIND, type ProposalKind } from "@/lib/domain/vocabulary";
import { extensionLimit } from "@/lib/server/placements/change-placement";
import type { HostPlacementProposals } from "@/lib/server/proposals/read-proposals";
import { proposalKindForPath } from "@/lib/validation/proposal";
import { makeProposalAction } from "../actions";
import { placementForProposals } from "../placement-for-proposals";

export const metadata: Metadata = { title: "Föreslå en ändring" };

type Props = { params: Promise<{ id: string; typ: string }> };

/** What the placement has now, said beside the field the proposal changes; for an extension also the rules' latest end. */
async function hintFor(kind: ProposalKind, placement: HostPlacementProposals["placement"]): Promise<string> {
  const [start, end] = [placement.startDate, placement.plannedEndDate];
  switch (kind) {
    case "EXTEND": {
      const limit = await extensionLimit(placement);
      const rule = limit.allowed ? ` Reglerna tillåter perioden till och med ${limit.lastDay}; handläggaren prövar förslaget mot dem.` : "";
      return `Nu slutar placeringen ${end}.${rule}`;
    }
    case "END_EARLY":
      return `Nu slutar placeringen ${end}. Den sista dagen ska ligga från startdatumet ${start} och före ${end}.`;
    case "CHANGE_START":
      return `Nu börjar placeringen ${start} och slutar ${end}.`;
    case "CHANGE_TERMS":
      return `Nu är det ${placement.hoursPerWeek} timmar per vecka.`;
  }
}

export default async function NewProposalPage({ params }: Props) {
  const { id, typ } = await params;
  const kind = proposalKindForPath(typ);
  if (!kind) notFound();
  const { placement } = await placementForProposals(id, `/anordnare/placeringar/${id}/forslag/${typ}`);
  const refusal = changeRefusal(placement, PROPOSED_CHANGE[kind]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/anordnare/placeringar/${placement.id}`} className="underline">
          ← Tillbaka till placeringen
        </Link>
      </p>
      <PageHeader title={`Föreslå: ${PROPOSAL_KIND.labels[kind].toLowerCase()}`}>
        Förslaget går till deltagarens handläggare, som godkänner eller avslår det. Skickar ni ett nytt förslag av samma slag innan handläggaren har svarat, ersätter det det förra.
      </PageHeader>
      <HostPlacementFacts placement={placement} />
      <div className="max-w-2xl">
        {refusal ? (
          <p role="status" className="rounded border border-amber-700 bg-amber-50 p-4 text-amber-950">
            {refusal}
          </p>
        ) : (
          <ProposalForm action={makeProposalAction} placementId={placement.id} kind={kind} hint={await hintFor(kind, placement)} />
        )}
      </div>
    </>
  );
}
