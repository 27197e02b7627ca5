import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommandButton } from "@/components/forms/command-button";
import { FollowUpDetails, FollowUpVersions } from "@/components/follow-ups/follow-up-details";
import { FollowUpForm } from "@/components/follow-ups/follow-up-form";
import { OwnViewsBeforeFollowUp, ResponseToFollowUp } from "@/components/participant-statements/participant-statements";
import { Confirmation } from "@/components/ui/confirmation";
import { isoDay } from "@/lib/format/date";
import { needsRemoteReview } from "@/lib/rules";
import { getHostFollowUp } from "@/lib/server/follow-ups/read";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { saveFollowUpDraftAction, startCorrectionAction, submitFollowUpAction } from "../../actions";

export const metadata: Metadata = { title: "Uppföljning" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HostFollowUpPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePolicy("viewOwnPlacements", `/anordnare/uppfoljningar/${id}`);
  const followUp = isUuid(id) ? await getHostFollowUp(user, id) : null;
  if (!followUp) notFound();
  const f = followUp;
  const placementEnd = isoDay(f.placement.actualEndDate ?? f.placement.plannedEndDate);
  const draft = f.status === "DRAFT";
  const latest = f.versions.newer.length === 0 && (f.status === "SUBMITTED" || f.status === "REVIEWED");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/anordnare/placeringar/${f.placement.id}`} className="underline">
          ← Placeringen
        </Link>
      </p>
      <Confirmation code={(await searchParams).klart} />
      <h1 className="text-2xl font-bold">
        {draft ? (f.replaces ? "Rätta uppföljningen" : "Uppföljning") : `Uppföljning ${isoDay(f.date)}`}: {f.participant.name}
      </h1>
      <p className="mb-6 mt-1 text-stone-700">
        {f.placement.provider.name}, placeringen {isoDay(f.placement.startDate)} – {placementEnd}
      </p>
      {draft ? (
        <>
          <p className="mb-4 max-w-3xl">
            Fyll i det ni vet; utkastet sparas medan du skriver och du kan fortsätta senare. När du skickar in uppföljningen går den till handläggaren och
            låses.
          </p>
          <div className="mb-6 max-w-3xl">
            <OwnViewsBeforeFollowUp views={f.participantStatements.viewsBefore} />
          </div>
          <FollowUpForm
            submitAction={submitFollowUpAction}
            saveAction={saveFollowUpDraftAction}
            followUpId={f.id}
            version={f.version}
            remote={needsRemoteReview(f.placement.mode)}
            defaults={f.form}
            periodHint={`Inom placeringen, ${isoDay(f.placement.startDate)} – ${placementEnd}.`}
          />
        </>
      ) : (
        <>
          <FollowUpDetails followUp={f} />
          <div className="mt-6 space-y-6">
            <ResponseToFollowUp response={f.participantStatements.response} />
            <OwnViewsBeforeFollowUp views={f.participantStatements.viewsBefore} />
          </div>
          {latest && (
            <div className="mt-6 rounded-lg border border-stone-300 bg-white p-5">
              <p className="mb-3">Är något fel i uppföljningen? En rättelse blir en ny version; den här versionen finns kvar i historiken.</p>
              <CommandButton action={startCorrectionAction} values={{ followUpId: f.id }} pendingText="Öppnar …">
                Rätta uppföljningen
              </CommandButton>
            </div>
          )}
        </>
      )}
      <FollowUpVersions versions={f.versions} href={(versionId) => `/anordnare/uppfoljningar/${versionId}`} />
    </>
  );
}
