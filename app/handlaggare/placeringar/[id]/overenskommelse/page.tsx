import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommandButton } from "@/components/forms/command-button";
import { AgreementPage } from "@/components/agreements/agreement-page";
import { OnBehalfForm } from "@/components/agreements/on-behalf-form";
import { requiredParties } from "@/lib/rules";
import { agreementForOfficer } from "@/lib/server/agreements/read";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { approveAgreementAsOfficerAction, approveForParticipantAction, sendAgreementAction } from "./actions";

export const metadata: Metadata = { title: "Överenskommelse" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

const LINK = "inline-block rounded border border-brand-800 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

export default async function OfficerAgreementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/placeringar/${id}/overenskommelse`);
  const view = isUuid(id) ? await agreementForOfficer(user, id) : null;
  if (!view) notFound();
  const { latest, state, approvalRefusals } = view;
  const editHref = `/handlaggare/placeringar/${id}/overenskommelse/redigera`;
  const waiting = latest !== null && latest.sentOn !== null && !latest.approvals.some((a) => a.party === "OFFICER");
  const needs = latest ? requiredParties(latest.changeKind) : [];
  const participantApproved = latest?.approvals.some((a) => a.party === "PARTICIPANT") ?? false;

  const actions = view.mayManage && state.status !== "CANCELLED" && (
    <>
      {!latest && (
        <p className="flex flex-wrap items-center gap-4">
          <span>Placeringen har ingen överenskommelse ännu.</span>
          <Link href={editHref} className={LINK}>
            Skriv överenskommelsen
          </Link>
        </p>
      )}
      {latest && latest.sentOn === null && (
        <div className="flex flex-wrap items-center gap-4">
          <Link href={editHref} className={LINK}>
            Ändra utkastet
          </Link>
          <CommandButton action={sendAgreementAction} values={{ placementId: id, version: latest.version }} pendingText="Skickar …">
            Skicka för godkännande
          </CommandButton>
        </div>
      )}
      {latest && latest.sentOn !== null && (
        <p>
          <Link href={editHref} className={LINK}>
            {state.binding === null ? "Ändra överenskommelsen (ny version)" : "Gör en ändring"}
          </Link>
        </p>
      )}
      {waiting && needs.includes("PARTICIPANT") && !participantApproved && approvalRefusals.PARTICIPANT === null && (
        <section aria-labelledby="deltagarens-godkannande" className="max-w-3xl rounded-lg border border-stone-300 bg-white p-5">
          <h2 id="deltagarens-godkannande" className="mb-2 text-lg font-semibold">
            Deltagarens godkännande
          </h2>
          <OnBehalfForm action={approveForParticipantAction} versionId={latest.id} />
        </section>
      )}
      {waiting && (
        <section aria-labelledby="ditt-godkannande" className="max-w-3xl rounded-lg border border-stone-300 bg-white p-5">
          <h2 id="ditt-godkannande" className="mb-2 text-lg font-semibold">
            Ditt godkännande
          </h2>
          {approvalRefusals.OFFICER === null ? (
            <>
              <p className="mb-3">Alla andra har godkänt. När du godkänner gäller överenskommelsen.</p>
              <CommandButton action={approveAgreementAsOfficerAction} values={{ versionId: latest.id }} pendingText="Sparar …">
                Godkänn överenskommelsen
              </CommandButton>
            </>
          ) : (
            <p>{approvalRefusals.OFFICER}</p>
          )}
        </section>
      )}
    </>
  );

  return <AgreementPage view={view} back={{ href: `/handlaggare/placeringar/${id}`, label: "Placeringen" }} pdfHref={`/handlaggare/placeringar/${id}/overenskommelse/pdf`} confirmation={(await searchParams).klart} actions={actions} />;
}
