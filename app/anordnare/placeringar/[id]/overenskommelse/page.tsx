import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CommandButton } from "@/components/forms/command-button";
import { AgreementPage } from "@/components/agreements/agreement-page";
import { agreementForHost } from "@/lib/server/agreements/read";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { approveAgreementAsHostAction } from "./actions";

export const metadata: Metadata = { title: "Överenskommelse" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

export default async function HostAgreementPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewOwnPlacements", `/anordnare/placeringar/${id}/overenskommelse`);
  const view = isUuid(id) ? await agreementForHost(user, id) : null;
  if (!view) notFound();
  const { latest, approvalRefusals } = view;
  const approved = latest?.approvals.some((a) => a.party === "HOST") ?? false;
  const actions = latest && !approved && approvalRefusals.HOST === null && (
    <section aria-labelledby="ert-godkannande" className="max-w-3xl rounded-lg border border-stone-300 bg-white p-5">
      <h2 id="ert-godkannande" className="mb-2 text-lg font-semibold">
        Ert godkännande
      </h2>
      <p className="mb-3">Läs överenskommelsen nedan. Godkänner ni den, godkänner deltagaren också, och sist handläggaren. Då gäller den.</p>
      <CommandButton action={approveAgreementAsHostAction} values={{ versionId: latest.id }} pendingText="Sparar …">
        Godkänn överenskommelsen
      </CommandButton>
    </section>
  );
  return <AgreementPage view={view} back={{ href: `/anordnare/placeringar/${id}`, label: "Placeringen" }} pdfHref={`/anordnare/placeringar/${id}/overenskommelse/pdf`} confirmation={(await searchParams).klart} actions={actions} />;
}
