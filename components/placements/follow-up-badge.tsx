import { FOLLOW_UP_STATUS_LABELS, type FollowUpStatus } from "@/lib/rules";

const STYLE: Record<FollowUpStatus, string> = {
  ON_TIME: "bg-green-100 text-green-900",
  DUE_SOON: "bg-amber-100 text-amber-900",
  OVERDUE: "bg-red-100 text-red-900",
};

export function FollowUpBadge({ status, due }: { status: FollowUpStatus; due: string }) {
  return (
    <span>
      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STYLE[status]}`}>{FOLLOW_UP_STATUS_LABELS[status]}</span> <span className="whitespace-nowrap">senast {due}</span>
    </span>
  );
}
