import type { ReactNode } from "react";
import { AGREEMENT_CHANGE, AGREEMENT_GOAL_CATEGORY, AGREEMENT_PARTY, ON_BEHALF_REASON } from "@/lib/domain/vocabulary";
import { formatDateTime } from "@/lib/format/date";
import { KIND_LABELS, MODE_LABELS, requiredParties } from "@/lib/rules";
import type { AgreementVersionView } from "@/lib/server/agreements/read";

type Placement = { kind: keyof typeof KIND_LABELS; mode: keyof typeof MODE_LABELS; provider: { name: string; organisationNumber: string } };

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="break-inside-avoid border-t border-stone-300 py-4 print:py-2">
      <h3 className="mb-2 text-lg font-semibold">{title}</h3>
      {children}
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt className="font-medium">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </>
  );
}

const GRID = "grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[minmax(0,14rem)_1fr] print:grid-cols-[14rem_1fr]";

/** One version of the agreement as the parties read and print it: the text they approve, and who has approved it. */
export function AgreementDocument({ version, placement, participantName, personalNumber }: { version: AgreementVersionView; placement: Placement; participantName: string; personalNumber: string | null }) {
  const required = requiredParties(version.changeKind);
  return (
    <article aria-labelledby="overenskommelse-rubrik" className="rounded-lg border border-stone-300 bg-white p-6 print:border-0 print:p-0">
      <header className="mb-2">
        <h2 id="overenskommelse-rubrik" className="text-xl font-bold">
          Överenskommelse om {KIND_LABELS[placement.kind].toLowerCase()}
        </h2>
        <p className="text-stone-700">
          Version {version.number}, gäller från {version.effectiveFrom}
          {version.changeKind && ` · Ändring: ${AGREEMENT_CHANGE.labels[version.changeKind]}`}
        </p>
        {version.changeReason && <p className="text-stone-700">Skäl: {version.changeReason}</p>}
      </header>
      <Part title="Parter">
        <dl className={GRID}>
          <Row term="Deltagare">{personalNumber ? `${participantName}, ${personalNumber}` : participantName}</Row>
          <Row term="Arbetsplats (anordnare)">{`${placement.provider.name}, org.nr ${placement.provider.organisationNumber}`}</Row>
          <Row term="Handledare">{version.supervisorName && [version.supervisorName, version.supervisorContact].filter(Boolean).join(", ")}</Row>
          <Row term="Handläggare">{[version.officerName, version.officerContact].filter(Boolean).join(", ")}</Row>
          <Row term="Övriga kontakter">{version.otherContacts}</Row>
        </dl>
      </Part>
      <Part title="Period">
        <dl className={GRID}>
          <Row term="Från och med">{version.startDate}</Row>
          <Row term="Till och med">{version.endDate}</Row>
          <Row term="Regel för perioden">{version.periodRule}</Row>
          <Row term="Form">{MODE_LABELS[placement.mode]}</Row>
        </dl>
      </Part>
      <Part title="Syfte och mål">
        <p className="mb-2 whitespace-pre-line">{version.purpose}</p>
        <ol className="list-decimal space-y-1 pl-6">
          {version.goals.map((goal, i) => (
            <li key={i}>
              <span className="font-medium">{AGREEMENT_GOAL_CATEGORY.labels[goal.category as keyof typeof AGREEMENT_GOAL_CATEGORY.labels] ?? "Mål"}:</span> {goal.description}
            </li>
          ))}
        </ol>
      </Part>
      <Part title="Arbetsuppgifter, schema och timmar">
        <dl className={GRID}>
          <Row term="Arbetsuppgifter">{version.tasks}</Row>
          <Row term="Schema">{version.schedule}</Row>
          <Row term="Timmar per vecka">{version.hoursPerWeek}</Row>
        </dl>
      </Part>
      <Part title="Uppföljning">
        <p className="whitespace-pre-line">{version.followUpPlan}</p>
      </Part>
      <Part title="Godkännanden">
        {version.sentOn === null ? (
          <p>Utkast, inte skickat för godkännande.</p>
        ) : (
          <ul className="space-y-1">
            {required.map((party) => {
              const approval = version.approvals.find((a) => a.party === party);
              return (
                <li key={party}>
                  <span className="font-medium">{AGREEMENT_PARTY.labels[party]}:</span>{" "}
                  {approval
                    ? `godkänt ${formatDateTime(approval.at)} av ${approval.by}${approval.onBehalfReason ? ` för deltagarens räkning (${ON_BEHALF_REASON.labels[approval.onBehalfReason].toLowerCase()})` : ""}`
                    : "inte godkänt ännu"}
                </li>
              );
            })}
          </ul>
        )}
      </Part>
    </article>
  );
}
