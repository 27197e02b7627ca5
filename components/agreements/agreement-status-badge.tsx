import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from "@/lib/rules";

const TONE: Record<AgreementStatus, string> = {
  DRAFT: "border-stone-600 bg-stone-100 text-stone-900",
  WAITING: "border-amber-700 bg-amber-50 text-amber-950",
  EXPIRED: "border-red-800 bg-red-50 text-red-900",
  READY: "border-brand-800 bg-brand-50 text-brand-900",
  ONGOING: "border-green-800 bg-green-50 text-green-900",
  ENDED: "border-stone-600 bg-stone-100 text-stone-900",
  CANCELLED: "border-stone-600 bg-stone-100 text-stone-900",
};

/** The agreement's status as lib/rules derives it, in words (never by colour alone). */
export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>Överenskommelse: {AGREEMENT_STATUS_LABELS[status]}</span>;
}
