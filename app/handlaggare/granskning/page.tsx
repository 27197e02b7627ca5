import type { Metadata } from "next";
import Link from "next/link";
import { Confirmation } from "@/components/ui/confirmation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { describeSampledAccess, RELATION_LABELS, reviewedParticipant } from "@/lib/format/access-review";
import { isoDay } from "@/lib/format/date";
import { ROLE_LABELS } from "@/lib/format/roles";
import { ACCESS_REVIEW_STATUS_LABELS, monthName } from "@/lib/rules";
import { getAccessReview, type AccessReviewRow } from "@/lib/server/access-review/review";
import { refuseAccess, requirePolicy } from "@/lib/server/session";
import { parseReviewMonth } from "@/lib/validation/access-review";

export const metadata: Metadata = { title: "Åtkomstgranskning" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = "/handlaggare/granskning";

export default async function AccessReviewPage({ searchParams }: Props) {
  const user = await requirePolicy("viewCaseload", PATH);
  const { manad, klart } = await searchParams;
  const review = await getAccessReview(user, parseReviewMonth(manad));
  if (!review.ok) return refuseAccess(user, { entity: "Page", entityId: PATH, changes: { policy: "reviewAccesses" } });
  const { month, months, items, own, population } = review.value;
  const reviewed = items.filter((i) => i.status !== "PENDING").length;
  return (
    <>
      <Confirmation code={klart} />
      <PageHeader title={`Åtkomstgranskning, ${monthName(month)}`}>
        Ett slumpmässigt urval av månadens åtkomster till enhetens deltagare: vem som läste eller ändrade en deltagares uppgifter, och
        vilken dag. Granska varje åtkomst och ange om den var motiverad i arbetet. Det du ser här loggas som din läsning av deltagarna.
      </PageHeader>
      <p className="mb-4">
        Urvalet är {items.length + own} av månadens {population} åtkomster. Du har granskat {reviewed} av {items.length}.
        {own > 0 && ` ${own} av åtkomsterna i urvalet är dina egna; dem granskar en annan granskare på enheten.`}
      </p>
      {months.length > 1 && (
        <nav aria-label="Tidigare månader" className="mb-6">
          <ul className="flex flex-wrap gap-4">
            {months.map((m) => (
              <li key={m.month}>
                {m.month === month ? (
                  <span aria-current="page" className="font-semibold">
                    {monthName(m.month)}
                  </span>
                ) : (
                  <Link href={`${PATH}?manad=${m.month.slice(0, 7)}`} className="underline">
                    {monthName(m.month)}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      {items.length === 0 ? (
        <p className="text-stone-700">Det finns inga åtkomster för dig att granska den här månaden.</p>
      ) : (
        <DataTable<AccessReviewRow>
          caption={`Åtkomster i urvalet för ${monthName(month)}`}
          rows={items}
          rowKey={(i) => i.id}
          columns={[
            { header: "Dag", cell: (i) => isoDay(i.day), nowrap: true },
            {
              header: "Vem",
              cell: (i) => (
                <>
                  {i.actor.name}
                  <span className="block text-stone-700">
                    {ROLE_LABELS[i.actor.role]}, {i.actor.unit?.name ?? i.actor.provider?.name ?? "ingen organisation"}
                  </span>
                </>
              ),
            },
            { header: "Deltagare", cell: (i) => <ParticipantCell participant={i.participant} /> },
            { header: "Vad", cell: (i) => describeSampledAccess(i.views).join(". ") },
            { header: "Koppling", cell: (i) => RELATION_LABELS[i.relation] ?? i.relation },
            {
              header: "Beslut",
              cell: (i) => (
                <Link href={`${PATH}/${i.id}`} className="font-medium underline">
                  {i.status === "PENDING" ? "Granska" : ACCESS_REVIEW_STATUS_LABELS[i.status]}
                  <span className="sr-only">
                    {" "}
                    åtkomsten {isoDay(i.day)} av {i.actor.name}
                  </span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

function ParticipantCell({ participant }: { participant: AccessReviewRow["participant"] }) {
  const shown = reviewedParticipant(participant);
  return (
    <>
      {shown.name}
      {shown.personalNumber && <span className="block whitespace-nowrap text-stone-700">{shown.personalNumber}</span>}
    </>
  );
}
