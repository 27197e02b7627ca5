import Link from "next/link";
import { Prose } from "@/components/participants/case-section";
import { STATEMENT_KIND } from "@/lib/domain/vocabulary";
import { stockholmDay } from "@/lib/format/date";
import type { StatementView } from "@/lib/server/participant-statements";

const BOX = "rounded-lg border border-stone-300 bg-white p-5";

/** The day a statement was written, in Sweden. */
function Written({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{stockholmDay(at)}</time>;
}

/** What an answer says of the follow-up: "håller med" or "håller inte med". */
const stance = (agrees: boolean | null) => (agrees ? "håller med" : "håller inte med");

/**
 * What the participant wrote themselves before a follow-up (in their own view, Mina sidor), for the host
 * and the case officer: dated, newest first.
 */
export function OwnViewsBeforeFollowUp({ views }: { views: StatementView[] }) {
  return (
    <section aria-labelledby="egen-bild-rubrik" className={BOX}>
      <h2 id="egen-bild-rubrik" className="mb-1 text-lg font-semibold">
        Deltagarens egen bild
      </h2>
      <p className="mb-3 text-sm text-stone-700">Det deltagaren själv har skrivit i Stegvis inför uppföljningen.</p>
      {views.length === 0 ? (
        <p>Deltagaren har inte skrivit något inför den här uppföljningen.</p>
      ) : (
        <ul className="space-y-3">
          {views.map((v) => (
            <li key={v.id} className="border-l-4 border-stone-300 pl-3">
              <p className="text-sm font-medium">
                Skrev <Written at={v.createdAt} />
              </p>
              <Prose>{v.text ?? ""}</Prose>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The participant's answer to a sent follow-up: whether they agree, and what they say is not right. */
export function ResponseToFollowUp({ response }: { response: StatementView | null }) {
  return (
    <section aria-labelledby="svar-rubrik" className={BOX}>
      <h2 id="svar-rubrik" className="mb-3 text-lg font-semibold">
        Deltagarens svar på uppföljningen
      </h2>
      {response ? (
        <>
          <p className="font-medium">{`Deltagaren ${stance(response.agrees)}${response.text ? ":" : "."}`}</p>
          {response.text && <Prose>{response.text}</Prose>}
          <p className="mt-1 text-sm text-stone-700">
            Svarade <Written at={response.createdAt} />.
          </p>
        </>
      ) : (
        <p>Deltagaren har inte svarat än.</p>
      )}
    </section>
  );
}

/**
 * Every statement the participant wrote about a placement, newest first, for the case officer's placement
 * page; an answer links to the follow-up it answers.
 */
export function PlacementStatements({ statements, followUpHref }: { statements: StatementView[]; followUpHref: (followUpId: string) => string }) {
  if (statements.length === 0) return <p>Deltagaren har inte skrivit något om den här placeringen.</p>;
  return (
    <ul className="space-y-3">
      {statements.map((s) => (
        <li key={s.id} className="border-l-4 border-stone-300 pl-3">
          <p className="text-sm font-medium">
            <Written at={s.createdAt} />
            {", "}
            {s.followUpId && s.followUpDate ? (
              <>
                svar på{" "}
                <Link href={followUpHref(s.followUpId)} className="underline">
                  uppföljningen {s.followUpDate}
                </Link>
                : {stance(s.agrees)}
              </>
            ) : (
              STATEMENT_KIND.labels[s.kind].toLowerCase()
            )}
          </p>
          {s.text && <Prose>{s.text}</Prose>}
        </li>
      ))}
    </ul>
  );
}
