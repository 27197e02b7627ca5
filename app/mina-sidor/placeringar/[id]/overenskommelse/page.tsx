import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommandButton } from "@/components/forms/command-button";
import { AgreementPage } from "@/components/agreements/agreement-page";
import { agreementForParticipant } from "@/lib/server/agreements/read";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { approveOwnAgreementAction } from "../../../actions";

export const metadata: Metadata = { title: "Min överenskommelse" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

/** The participant reads their placement's agreement and approves it themselves. */
export default async function OwnAgreementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewOwnCase", `/mina-sidor/placeringar/${id}/overenskommelse`);
  const view = isUuid(id) ? await agreementForParticipant(user, id) : null;
  if (!view) notFound();
  const { latest, approvalRefusals } = view;
  const approved = latest?.approvals.some((a) => a.party === "PARTICIPANT") ?? false;
  const actions =
    latest &&
    (approved ? (
      <p className="max-w-3xl rounded border border-green-700 bg-green-50 p-4 text-green-950">Ditt godkännande av den här versionen är registrerat.</p>
    ) : approvalRefusals.PARTICIPANT === null ? (
      <section aria-labelledby="ditt-godkannande" className="max-w-3xl rounded-lg border border-stone-300 bg-white p-5">
        <h2 id="ditt-godkannande" className="mb-2 text-lg font-semibold">
          Ditt godkännande
        </h2>
        <p className="mb-3">Läs överenskommelsen nedan. Tycker du att den stämmer? Då godkänner du den. Har du frågor, prata med din handläggare först.</p>
        <CommandButton action={approveOwnAgreementAction} values={{ versionId: latest.id }} pendingText="Sparar …">
          Jag godkänner överenskommelsen
        </CommandButton>
      </section>
    ) : (
      <p className="max-w-3xl rounded border border-stone-400 bg-stone-50 p-4">{approvalRefusals.PARTICIPANT}</p>
    ));
  return <AgreementPage view={view} back={{ href: `/mina-sidor/placeringar/${id}`, label: "Min placering" }} confirmation={(await searchParams).klart} actions={actions} />;
}
