import Link from "next/link";
import type { SubmissionResult } from "@conform-to/react";
import { PROPOSAL_KIND, type ProposalKind } from "@/lib/domain/vocabulary";
import type { ProposalView } from "@/lib/server/proposals/read-proposals";
import { PROPOSAL_PATH } from "@/lib/validation/proposal";
import { ProposalList } from "./proposal-list";
import { WithdrawProposalForm } from "./withdraw-proposal-form";

type Reply = SubmissionResult<string[]> | undefined;
type Action = (previous: Reply, formData: FormData) => Promise<Reply>;

const ACTION_LINK = "inline-block rounded border border-brand-800 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

/**
 * The provider's side of proposals on one placement: a link per change the placement can still
 * take, and every proposal made with its answer; a waiting one can be withdrawn. Shown on the
 * provider's placement page and on the proposals page.
 */
export function HostProposals({ placementId, kinds, proposals, withdraw }: { placementId: string; kinds: ProposalKind[]; proposals: ProposalView[]; withdraw: Action }) {
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
                <Link href={`/anordnare/placeringar/${placementId}/forslag/${PROPOSAL_PATH[kind]}`} className={ACTION_LINK}>
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
