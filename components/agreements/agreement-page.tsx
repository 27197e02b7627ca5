import Link from "next/link";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/data-protection/print-button";
import { Confirmation } from "@/components/ui/confirmation";
import { AGREEMENT_STATUS_LABELS } from "@/lib/rules";
import type { AgreementView } from "@/lib/server/agreements/read";
import { AgreementDocument } from "./agreement-document";
import { AgreementHistory } from "./agreement-history";
import { AgreementStatusBadge } from "./agreement-status-badge";

/**
 * The agreement page both the officer and the host see: status, warnings, what the reader can do now
 * (`actions`, left out of print), the newest version as a printable document, and every version.
 */
export function AgreementPage({ view, back, pdfHref, confirmation, actions }: { view: AgreementView; back: { href: string; label: string }; pdfHref?: string; confirmation: string | string[] | undefined; actions: ReactNode }) {
  const { state, latest, binding } = view;
  return (
    <>
      <div className="print:hidden">
        <p className="mb-2 text-sm">
          <Link href={back.href} className="underline">
            ← {back.label}
          </Link>
        </p>
        <Confirmation code={confirmation} />
      </div>
      <h1 className="text-2xl font-bold">Överenskommelse</h1>
      <p className="mt-1 flex flex-wrap items-center gap-3 text-stone-700">
        <span>
          {view.participant.name} hos {view.placement.provider.name}, {view.placement.startDate} – {view.placement.endDate}
        </span>
        <span className="print:hidden">
          <AgreementStatusBadge status={state.status} />
        </span>
        <span className="hidden print:inline">Status: {AGREEMENT_STATUS_LABELS[state.status]}</span>
      </p>
      {view.warning && (
        <p role="status" className="mt-4 max-w-3xl rounded border border-amber-700 bg-amber-50 p-4 text-amber-950 print:hidden">
          {view.warning}
        </p>
      )}
      {view.consentRefusal && (
        <p className="mt-4 max-w-3xl rounded border border-amber-700 bg-amber-50 p-4 text-amber-950 print:hidden">{view.consentRefusal}</p>
      )}
      <div className="mt-6 space-y-4 print:hidden">
        {actions}
        {latest && (
          <p className="flex flex-wrap items-center gap-4">
            <PrintButton />
            {pdfHref && (
              <a href={pdfHref} className="font-medium text-brand-800 underline">
                Hämta som PDF
              </a>
            )}
          </p>
        )}
      </div>
      {latest && (
        <div className="mt-6 max-w-4xl space-y-6">
          {state.pending !== null && binding && (
            <p className="rounded border border-stone-400 bg-stone-50 p-3 print:hidden">
              Nedan visas ändringen (version {latest.number}) som väntar på godkännande. Tills den är godkänd gäller version {binding.number}.
            </p>
          )}
          <AgreementDocument version={latest} placement={view.placement} participantName={view.participant.name} personalNumber={view.participant.personalNumber} />
          <section aria-labelledby="versioner" className="print:hidden">
            <h2 id="versioner" className="mb-3 text-xl font-semibold">
              Versioner
            </h2>
            <AgreementHistory versions={view.history} binding={state.binding} />
          </section>
        </div>
      )}
    </>
  );
}
