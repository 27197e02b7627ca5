import Link from "next/link";
import type { SubmissionResult } from "@conform-to/react";
import { changeRefusal, PROPOSED_CHANGE } from "@/lib/domain/placement-changes";
import { PROPOSAL_KIND } from "@/lib/domain/vocabulary";
import type { HostPlacementProposals } from "@/lib/server/proposals/read-proposals";
import { PROPOSAL_PATH } from "@/lib/validation/proposal";
import { ProposalList } from "./proposal-list";
import { WithdrawProposalForm } from "./withdraw-proposal-form";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

const ACTION_LINK = "inline-block rounded border border-brand-800 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

/**
 * The provider's side of proposals on one placement: a link per change the placement can still
 * take, and every proposal made with its answer; a waiting one can be withdrawn. Mounted on the
 * proposals page, and meant for the provider's placement page too.
 */
export function HostProposals({ found, withdraw }: { found: HostPlacementProposals; withdraw: Action }) {
  const { placement, proposals } = found;
  const kinds = PROPOSAL_KIND.codes.filter((kind) => changeRefusal(placement, PROPOSED_CHANGE[kind]) === null);
  return (
    <div className="grid max-w-3xl gap-6">
      <nav aria-labelledby="foresla">
        <h2 id="foresla" className="mb-3 text-xl font-semibold">
          Föreslå en ändring
        </h2>
        {kinds.length === 0 ? (
          <p className="text-stone-700">Placeringen kan inte ändras längre.</p>
        ) : (
          <ul className="flex flex-wrap gap-3">
            {kinds.map((kind) => (
              <li key={kind}>
                <Link href={`/anordnare/placeringar/${placement.id}/forslag/${PROPOSAL_PATH[kind]}`} className={ACTION_LINK}>
                  {PROPOSAL_KIND.labels[kind]}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <section aria-labelledby="forslag">
        <h2 id="forslag" className="mb-3 text-xl font-semibold">
          Förslag och svar
        </h2>
        <ProposalList
          proposals={proposals}
          empty="Ni har inte skickat några förslag om den här placeringen."
          action={(p) => <WithdrawProposalForm action={withdraw} proposalId={p.id} version={p.version} />}
        />
      </section>
    </div>
  );
}
