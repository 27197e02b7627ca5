import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OwnSection } from "@/components/own-case/section";
import { Confirmation } from "@/components/ui/confirmation";
import { ATTENDANCE } from "@/lib/domain/vocabulary";
import { PLACEMENT_STATUS_FOR_YOU } from "@/lib/format/own-case";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/rules";
import { ownPlacement } from "@/lib/server/own-case";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { FollowUpAnswerForm } from "@/components/own-case/follow-up-answer-form";
import { OwnViewForm } from "@/components/own-case/own-view-form";
import { formatDateTime } from "@/lib/format/date";
import { ownViewRefusal } from "@/lib/rules";
import { today } from "@/lib/server/clock";
import { ownStatements } from "@/lib/server/participant-statements";
import { answerFollowUpAction, writeOwnViewAction } from "../../actions";

export const metadata: Metadata = { title: "Min placering" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

/** One of the participant's placements: where, when, with whom, what they do, and what the follow-ups said. */
export default async function OwnPlacementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewOwnCase", `/mina-sidor/placeringar/${id}`);
  const placement = isUuid(id) ? await ownPlacement(user, id) : null;
  if (!placement) notFound();
  const { supervisor } = placement;
  const statements = await ownStatements(user, placement.id);
  const views = statements.filter((s) => s.kind === "BEFORE_FOLLOW_UP");
  const answers = new Map(statements.filter((s) => s.followUpId).map((s) => [s.followUpId!, s]));
  const viewRefusal = ownViewRefusal({ status: placement.status, startDate: placement.startDate, endDate: placement.endDate }, today());
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/mina-sidor" className="underline">
          ← Min översikt
        </Link>
      </p>
      <Confirmation code={(await searchParams).klart} />
      <div>
        <h1 className="text-2xl font-bold">Din placering hos {placement.provider}</h1>
        <p className="mt-2 text-stone-700">
          {KIND_LABELS[placement.kind]}, {placement.startDate} – {placement.endDate}. {PLACEMENT_STATUS_FOR_YOU[placement.status]}.
        </p>
      </div>

      <OwnSection id="om-placeringen" title="Om placeringen">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Arbetsplats</dt>
          <dd>{placement.provider}</dd>
          <dt className="font-semibold">Handledare</dt>
          <dd>
            {supervisor ? (
              <>
                {supervisor.name}
                {supervisor.phone && <>, telefon {supervisor.phone}</>}
              </>
            ) : (
              "Inte bestämd än"
            )}
          </dd>
          <dt className="font-semibold">Tid</dt>
          <dd>{placement.hoursPerWeek} timmar i veckan</dd>
          <dt className="font-semibold">Arbetsuppgifter</dt>
          <dd className="whitespace-pre-line">{placement.tasks}</dd>
          <dt className="font-semibold">Mål</dt>
          <dd className="whitespace-pre-line">{placement.goals}</dd>
          {placement.nextFollowUpDueOn && (
            <>
              <dt className="font-semibold">Nästa uppföljning</dt>
              <dd>Senast {placement.nextFollowUpDueOn}</dd>
            </>
          )}
        </dl>
        <p className="mt-3">
          <Link href={`/mina-sidor/placeringar/${placement.id}/overenskommelse`} className="font-medium text-brand-800 underline">
            Läs överenskommelsen
          </Link>
        </p>
      </OwnSection>

      <OwnSection id="egen-bild" title="Din egen bild">
        <p className="mb-3">Inför varje uppföljning kan du skriva hur det går för dig. Din handledare och din handläggare läser det.</p>
        {viewRefusal ? <p>{viewRefusal}</p> : <OwnViewForm action={writeOwnViewAction} placementId={placement.id} />}
        {views.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">Det du har skrivit</h3>
            <ul className="mt-2 space-y-2">
              {views.map((v) => (
                <li key={v.id} className="rounded border border-stone-200 p-3">
                  <p className="text-sm text-stone-700">{formatDateTime(v.createdAt)}</p>
                  <p className="whitespace-pre-line">{v.text}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </OwnSection>

      <OwnSection id="uppfoljningar" title="Uppföljningar">
        {placement.followUps.length === 0 ? (
          <p>Ingen uppföljning är gjord än.</p>
        ) : (
          <ol className="space-y-4">
            {placement.followUps.map((f) => (
              <li key={f.id} className="rounded border border-stone-200 p-3">
                <h3 className="font-semibold">Uppföljning {f.date}</h3>
                <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  {f.period && (
                    <>
                      <dt className="font-medium">Period</dt>
                      <dd>
                        {f.period.from} – {f.period.to}
                      </dd>
                    </>
                  )}
                  {f.attendance && (
                    <>
                      <dt className="font-medium">Närvaro</dt>
                      <dd>{ATTENDANCE.labels[f.attendance]}</dd>
                    </>
                  )}
                  {f.tasks && (
                    <>
                      <dt className="font-medium">Det här har du gjort</dt>
                      <dd className="whitespace-pre-line">{f.tasks}</dd>
                    </>
                  )}
                  {f.abilities && (
                    <>
                      <dt className="font-medium">Så går det</dt>
                      <dd className="whitespace-pre-line">{f.abilities}</dd>
                    </>
                  )}
                  {f.concerns && (
                    <>
                      <dt className="font-medium">Att prata om</dt>
                      <dd className="whitespace-pre-line">{f.concerns}</dd>
                    </>
                  )}
                  {f.participantView && (
                    <>
                      <dt className="font-medium">Det du sa</dt>
                      <dd className="whitespace-pre-line">{f.participantView}</dd>
                    </>
                  )}
                  {f.proposedStage && (
                    <>
                      <dt className="font-medium">Anordnaren föreslår steget</dt>
                      <dd>{STAGE_LABELS[f.proposedStage]}</dd>
                    </>
                  )}
                </dl>
                <FollowUpAnswer answer={answers.get(f.id)} followUpId={f.id} date={f.date} />
              </li>
            ))}
          </ol>
        )}
      </OwnSection>
    </div>
  );
}

/** The participant's answer to a follow-up, or the form to give it. */
function FollowUpAnswer({ answer, followUpId, date }: { answer: { agrees: boolean | null; text: string | null } | undefined; followUpId: string; date: string }) {
  if (!answer) return <FollowUpAnswerForm action={answerFollowUpAction} followUpId={followUpId} date={date} />;
  return (
    <p className="mt-3 rounded bg-stone-100 p-3">
      <strong>Ditt svar:</strong> {answer.agrees ? "Det stämmer." : `Det stämmer inte. ${answer.text ?? ""}`}
    </p>
  );
}
