import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { today } from "@/lib/server/clock";
import { agreementForOfficer } from "@/lib/server/agreements/read";
import { requirePolicy } from "@/lib/server/session";
import { GOAL_ROWS } from "@/lib/validation/agreement";
import { isUuid } from "@/lib/validation/fields";
import { saveAgreementDraftAction } from "../actions";

export const metadata: Metadata = { title: "Skriv överenskommelsen" };

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/placeringar/${id}/overenskommelse/redigera`);
  const view = isUuid(id) ? await agreementForOfficer(user, id, "agreement-form") : null;
  if (!view || !view.mayManage || view.state.status === "CANCELLED") notFound();
  const { latest, prefill } = view;
  const isChange = view.state.binding !== null;
  const editsDraft = latest !== null && latest.sentOn === null;
  const values = latest
    ? {
        purpose: latest.purpose,
        goals: latest.goals,
        tasks: latest.tasks,
        schedule: latest.schedule,
        hoursPerWeek: String(latest.hoursPerWeek),
        followUpPlan: latest.followUpPlan,
        otherContacts: latest.otherContacts ?? "",
        ...(isChange && editsDraft && { changeKind: latest.changeKind ?? undefined, changeReason: latest.changeReason ?? undefined, effectiveFrom: latest.effectiveFrom }),
        ...(isChange && !editsDraft && { effectiveFrom: today() }),
      }
    : { purpose: "", goals: [], tasks: prefill.defaults.tasks, schedule: "", hoursPerWeek: String(prefill.defaults.hoursPerWeek), followUpPlan: prefill.defaults.followUpPlan, otherContacts: "" };
  const title = isChange ? "Ändra överenskommelsen" : latest ? "Ändra utkastet till överenskommelsen" : "Skriv överenskommelsen";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/handlaggare/placeringar/${id}/overenskommelse`} className="underline">
          ← Överenskommelsen
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        {view.participant.name} hos {view.placement.provider.name}, {view.placement.startDate} – {view.placement.endDate}. Perioden, handledaren och handläggaren hämtas från placeringen.
        Förlängs eller förkortas placeringen blir det en ny version av överenskommelsen att godkänna.
        {latest && latest.sentOn !== null && !isChange && " Överenskommelsen är skickad: sparar du en ändring blir det en ny version, och alla godkänner den på nytt."}
      </p>
      <div className="mt-6 max-w-4xl">
        <AgreementForm
          action={saveAgreementDraftAction}
          placementId={id}
          version={editsDraft ? latest.version : 0}
          values={values}
          goalRows={GOAL_ROWS}
          isChange={isChange}
          period={`${view.placement.startDate}–${view.placement.endDate}`}
        />
      </div>
    </>
  );
}
