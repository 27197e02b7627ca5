import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OwnSection } from "@/components/own-case/section";
import { Confirmation } from "@/components/ui/confirmation";
import { MILESTONE } from "@/lib/domain/vocabulary";
import { PLACEMENT_STATUS_FOR_YOU, STAGE_FOR_YOU } from "@/lib/format/own-case";
import { AGREEMENT_STATUS_LABELS, KIND_LABELS, STAGE_LABELS, STAGES } from "@/lib/rules";
import { ownCase } from "@/lib/server/own-case";
import { requirePolicy } from "@/lib/server/session";

export const metadata: Metadata = { title: "Min översikt" };

type Props = { searchParams: Promise<{ klart?: string | string[] }> };

/** The participant's own view (issue 18): where they stand, their placements, their plan, their officer. */
export default async function OwnCasePage({ searchParams }: Props) {
  const user = await requirePolicy("viewOwnCase", "/mina-sidor");
  const view = await ownCase(user);
  if (!view) notFound();
  const stageNumber = STAGES.findIndex((s) => s.id === view.stage) + 1;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Confirmation code={(await searchParams).klart} />
      <div>
        <h1 className="text-2xl font-bold">Hej {view.firstName}!</h1>
        <p className="mt-2 text-stone-700">Här ser du din arbetsträning: var du är nu, dina placeringar och din plan.</p>
      </div>

      <OwnSection id="steg" title="Här är du nu">
        <p className="text-lg">
          <strong>{STAGE_LABELS[view.stage]}</strong> (steg {stageNumber} av {STAGES.length})
        </p>
        <p className="mt-1">{STAGE_FOR_YOU[view.stage]}</p>
        {view.stageHistory.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">Så har det gått</h3>
            <ol className="mt-2 space-y-1">
              {view.stageHistory.map((s) => (
                <li key={s.id}>
                  {s.date}: {STAGE_LABELS[s.stage]}
                </li>
              ))}
            </ol>
          </>
        )}
      </OwnSection>

      <OwnSection id="placeringar" title="Dina placeringar">
        {view.placements.length === 0 ? (
          <p>Du har ingen placering än.</p>
        ) : (
          <ul className="space-y-4">
            {view.placements.map((p) => (
              <li key={p.id} className="rounded border border-stone-200 p-3">
                <p className="font-semibold">
                  <Link href={`/mina-sidor/placeringar/${p.id}`} className="text-brand-800 underline">
                    {p.provider}
                  </Link>
                </p>
                <p>
                  {KIND_LABELS[p.kind]}, {p.startDate} – {p.endDate}. {PLACEMENT_STATUS_FOR_YOU[p.status]}.
                </p>
                {p.agreement && (
                  <p className="mt-1">
                    Överenskommelse: {AGREEMENT_STATUS_LABELS[p.agreement.status]}
                    {" – "}
                    <Link href={`/mina-sidor/placeringar/${p.id}/overenskommelse`} className="font-medium text-brand-800 underline">
                      {p.agreement.toApprove ? "läs och godkänn" : "läs"}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </OwnSection>

      <OwnSection id="plan" title="Din handlingsplan">
        {view.actionPlan ? (
          <>
            <h3 className="font-semibold">Dina mål</h3>
            <p className="whitespace-pre-line">{view.actionPlan.goals}</p>
            {view.actionPlan.supportNeeds && (
              <>
                <h3 className="mt-3 font-semibold">Stöd du får</h3>
                <p className="whitespace-pre-line">{view.actionPlan.supportNeeds}</p>
              </>
            )}
            <p className="mt-2 text-sm text-stone-700">Senast ändrad {view.actionPlan.updatedOn}.</p>
          </>
        ) : (
          <p>Du har ingen handlingsplan än. Prata med din handläggare.</p>
        )}
        <h3 className="mt-4 font-semibold">Det här har du gjort</h3>
        {view.milestones.length === 0 ? (
          <p>Inget är registrerat än.</p>
        ) : (
          <ul className="mt-1 list-disc pl-5">
            {view.milestones.map((m) => (
              <li key={m.id}>
                {m.date}: {MILESTONE.labels[m.kind]}
              </li>
            ))}
          </ul>
        )}
      </OwnSection>

      <OwnSection id="handlaggare" title="Din handläggare">
        {view.officer ? (
          <p>
            {view.officer.name}, {view.unit}
            {view.officer.phone && <>, telefon {view.officer.phone}</>}
            {view.officer.email && (
              <>
                , e-post <a href={`mailto:${view.officer.email}`} className="underline">{view.officer.email}</a>
              </>
            )}
          </p>
        ) : (
          <p>{view.unit}</p>
        )}
      </OwnSection>

      <p>
        <Link href="/mina-sidor/vem-har-last" className="font-medium text-brand-800 underline">
          Se vem som har läst uppgifter om dig
        </Link>
      </p>
    </div>
  );
}
