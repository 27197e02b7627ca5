import type { ReactNode } from "react";
import { PROPOSAL_KIND, PROPOSAL_REASON } from "@/lib/domain/vocabulary";
import { formatDateTime } from "@/lib/format/date";
import { proposedChange } from "@/lib/format/proposal";
import type { ProposalView } from "@/lib/server/proposals/read-proposals";
import { ProposalStatusBadge } from "./proposal-status-badge";

/**
 * A placement's proposals, newest first: what was proposed, why, by whom, where it stands and the case
 * officer's answer with its reason. `action` adds what the viewer can do with a waiting one (withdraw, answer).
 */
export function ProposalList({ proposals, action, empty }: { proposals: ProposalView[]; action?: (p: ProposalView) => ReactNode; empty: string }) {
  if (proposals.length === 0) return <p className="text-stone-700">{empty}</p>;
  return (
    <ul className="space-y-4">
      {proposals.map((p) => (
        <li key={p.id} className="rounded-lg border border-stone-300 bg-white p-5">
          <article aria-labelledby={`forslag-${p.id}`}>
            <h3 id={`forslag-${p.id}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg font-semibold">
              {PROPOSAL_KIND.labels[p.kind]}
              <ProposalStatusBadge status={p.status} />
            </h3>
            <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,12rem)_1fr]">
              <dt className="font-medium">Förslag</dt>
              <dd className="whitespace-pre-line">{proposedChange(p)}</dd>
              <dt className="font-medium">Skäl</dt>
              <dd>{PROPOSAL_REASON.labels[p.reasonCode]}</dd>
              <dt className="font-medium">Motivering</dt>
              <dd className="whitespace-pre-line">{p.justification}</dd>
              <dt className="font-medium">Skickat</dt>
              <dd>
                {formatDateTime(p.createdAt)} av {p.author.name}
              </dd>
              {p.answeredBy && p.answeredAt && (
                <>
                  <dt className="font-medium">{p.status === "REJECTED" ? "Avslaget" : "Godkänt"}</dt>
                  <dd>
                    {formatDateTime(p.answeredAt)} av {p.answeredBy.name}
                  </dd>
                </>
              )}
              {p.answerReason && (
                <>
                  <dt className="font-medium">{p.status === "REJECTED" ? "Handläggarens skäl" : "Handläggarens kommentar"}</dt>
                  <dd className="whitespace-pre-line">{p.answerReason}</dd>
                </>
              )}
              {p.withdrawnAt && (
                <>
                  <dt className="font-medium">Återkallat</dt>
                  <dd>{formatDateTime(p.withdrawnAt)}</dd>
                </>
              )}
            </dl>
            {p.status === "WAITING" && action && <div className="mt-4">{action(p)}</div>}
          </article>
        </li>
      ))}
    </ul>
  );
}
