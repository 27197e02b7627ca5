import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlacementSummary } from "@/components/placements/placement-summary";
import { AnswerProposalForm } from "@/components/proposals/answer-proposal-form";
import { ProposalList } from "@/components/proposals/proposal-list";
import { PageHeader } from "@/components/ui/page-header";
import { today } from "@/lib/server/clock";
import { extensionLimit } from "@/lib/server/placements/change-placement";
import type { PlacementView } from "@/lib/server/placements/get-placement";
import { proposalForOfficer, type ProposalView } from "@/lib/server/proposals/read-proposals";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { placementForPage } from "../../placeringar/placement-for-page";
import { answerProposalAction } from "../actions";

export const metadata: Metadata = { title: "Svara på förslag" };

const SAME_RULES = "Godkänner du, ändras placeringen direkt och prövas mot samma regler som när du själv ändrar den.";

/** What the officer should know before deciding: for an extension, the rules' latest end in their own words. */
async function hintFor(proposal: ProposalView, placement: PlacementView): Promise<string> {
  if (proposal.kind !== "EXTEND") return SAME_RULES;
  const limit = await extensionLimit(placement);
  return limit.allowed ? `${SAME_RULES} Perioden får pågå till och med ${limit.lastDay}. ${limit.explanation}` : `${SAME_RULES} ${limit.explanation}`;
}

export default async function AnswerProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/handlaggare/forslag/${id}`;
  const user = await requirePolicy("viewCaseload", path);
  const proposal = isUuid(id) ? await proposalForOfficer(user, id) : null;
  if (!proposal) notFound();
  const placement = await placementForPage(proposal.placementId, path);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/placeringar/${placement.id}`} className="underline">
          ← Tillbaka till placeringen
        </Link>
      </p>
      <PageHeader title="Svara på förslag från anordnaren">Anordnaren {placement.provider.name} föreslår en ändring av placeringen.</PageHeader>
      <PlacementSummary placement={placement} today={today()} />
      <div className="grid max-w-2xl gap-6">
        <section aria-labelledby="forslaget">
          <h2 id="forslaget" className="mb-3 text-xl font-semibold">
            Förslaget
          </h2>
          <ProposalList proposals={[proposal]} empty="" />
        </section>
        {proposal.status === "WAITING" ? (
          <AnswerProposalForm action={answerProposalAction} proposalId={proposal.id} version={proposal.version} placementVersion={placement.version} hint={await hintFor(proposal, placement)} />
        ) : (
          <p role="status" className="rounded border border-amber-700 bg-amber-50 p-4 text-amber-950">
            Förslaget väntar inte längre på svar.
          </p>
        )}
      </div>
    </>
  );
}
