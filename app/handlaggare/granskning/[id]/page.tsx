import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DecisionForm } from "@/components/access-review/decision-form";
import { Confirmation } from "@/components/ui/confirmation";
import { describeSampledAccess, RELATION_LABELS, reviewedParticipant } from "@/lib/format/access-review";
import { formatDateTime, isoDay } from "@/lib/format/date";
import { ROLE_LABELS } from "@/lib/format/roles";
import { ACCESS_REVIEW_STATUS_LABELS, monthName } from "@/lib/rules";
import { getAccessReviewItem } from "@/lib/server/access-review/review";
import { refuseAccess, requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { decideAccessReviewAction } from "../actions";

export const metadata: Metadata = { title: "Granska åtkomst" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

export default async function AccessReviewItemPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/handlaggare/granskning/${id}`;
  const user = await requirePolicy("viewCaseload", path);
  const found = isUuid(id) ? await getAccessReviewItem(user, id) : null;
  if (found && !found.ok && found.reason === "forbidden") return refuseAccess(user, { entity: "Page", entityId: path, changes: { policy: "reviewAccesses" } });
  if (!found?.ok) notFound();
  const item = found.value;
  const { klart } = await searchParams;
  const participant = reviewedParticipant(item.participant);
  const month = isoDay(item.sample.month);
  const rows: [string, ReactNode][] = [
    ["Dag", isoDay(item.day)],
    ["Tid", item.firstAt.getTime() === item.lastAt.getTime() ? formatDateTime(item.firstAt) : `${formatDateTime(item.firstAt)} – ${formatDateTime(item.lastAt)}`],
    ["Vem", `${item.actor.name}, ${ROLE_LABELS[item.actor.role]}, ${item.actor.unit?.name ?? item.actor.provider?.name ?? "ingen organisation"}`],
    ["Deltagare", participant.personalNumber ? `${participant.name}, ${participant.personalNumber}` : participant.name],
    [
      "Vad",
      <ul key="vad" className="list-disc pl-5">
        {describeSampledAccess(item.views).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>,
    ],
    ["Antal händelser i loggen", item.eventIds.length],
    ["Koppling till deltagaren", RELATION_LABELS[item.relation] ?? item.relation],
    ["Beslut", ACCESS_REVIEW_STATUS_LABELS[item.status]],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/granskning?manad=${month.slice(0, 7)}`} className="underline">
          ← Åtkomstgranskning, {monthName(month)}
        </Link>
      </p>
      <Confirmation code={klart} />
      <h1 className="mb-6 text-2xl font-bold">Granska åtkomst</h1>
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-300 bg-white p-5">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {item.decisions.length > 0 && (
        <section className="mt-8" aria-labelledby="rubrik-historik">
          <h2 id="rubrik-historik" className="mb-3 text-xl font-semibold">
            Tidigare beslut
          </h2>
          <ol className="max-w-3xl space-y-2">
            {item.decisions.map((d) => (
              <li key={d.id} className="rounded border border-stone-300 bg-white p-3">
                <span className="font-medium">{ACCESS_REVIEW_STATUS_LABELS[d.status]}</span>, {formatDateTime(d.decidedAt)}, {d.reviewer.name}
                {d.reason && <span className="mt-1 block whitespace-pre-line">{d.reason}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <div className="mt-8 max-w-3xl">
        <DecisionForm action={decideAccessReviewAction} itemId={item.id} version={item.version} status={item.status} />
      </div>
    </>
  );
}
