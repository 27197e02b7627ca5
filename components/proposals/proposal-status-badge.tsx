import { PROPOSAL_STATUS, type ProposalStatus } from "@/lib/domain/vocabulary";

const STYLE: Record<ProposalStatus, string> = {
  WAITING: "bg-amber-100 text-amber-950",
  ACCEPTED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-stone-200 text-stone-900",
  REPLACED: "bg-stone-200 text-stone-900",
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  return <span className={`rounded px-1.5 py-0.5 text-sm font-semibold ${STYLE[status]}`}>{PROPOSAL_STATUS.labels[status]}</span>;
}
