import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FollowUpDetails, FollowUpVersions } from "@/components/follow-ups/follow-up-details";
import { ReviewForm } from "@/components/follow-ups/review-form";
import { OwnViewsBeforeFollowUp, ResponseToFollowUp } from "@/components/participant-statements/participant-statements";
import { isoDay } from "@/lib/format/date";
import { KIND_LABELS, STAGE_LABELS } from "@/lib/rules";
import { today } from "@/lib/server/clock";
import { getFollowUpForOfficer } from "@/lib/server/follow-ups/read";
import { requirePolicy } from "@/lib/server/session";
import { isUuid } from "@/lib/validation/fields";
import { reviewFollowUpAction } from "../actions";

export const metadata: Metadata = { title: "Granska uppföljning" };

export default async function ReviewFollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePolicy("viewCaseload", `/handlaggare/uppfoljningar/${id}`);
  const followUp = isUuid(id) ? await getFollowUpForOfficer(user, id) : null;
  if (!followUp) notFound();
  const f = followUp;
  return (
    <>
      <p className="mb-2 flex flex-wrap gap-4 text-sm">
        <Link href="/handlaggare/inkorg" className="underline">
          ← Inkorgen
        </Link>
        <Link href={`/handlaggare/deltagare/${f.participant.id}`} className="underline">
          Deltagarens sida
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        Uppföljning {isoDay(f.date)}: {f.participant.name}
      </h1>
      <p className="mb-6 mt-1 text-stone-700">
        {KIND_LABELS[f.placement.kind]} hos {f.placement.provider.name}. Steg nu: {STAGE_LABELS[f.participant.currentStage]}.
      </p>
      <FollowUpDetails followUp={f} />
      <div className="mt-6 space-y-6">
        <ResponseToFollowUp response={f.participantStatements.response} />
        <OwnViewsBeforeFollowUp views={f.participantStatements.viewsBefore} />
      </div>
      <FollowUpVersions versions={f.versions} href={(versionId) => `/handlaggare/uppfoljningar/${versionId}`} />
      {f.status === "SUBMITTED" && (
        <div className="mt-8 max-w-3xl">
          <ReviewForm action={reviewFollowUpAction} followUpId={f.id} version={f.version} proposedStage={f.proposedStage} currentStage={f.participant.currentStage} today={today()} />
        </div>
      )}
      {f.stageAssessments.length > 0 && (
        <p className="mt-6">
          Stegbedömning efter uppföljningen:{" "}
          {f.stageAssessments.map((s) => `${STAGE_LABELS[s.stage]} (${isoDay(s.date)}, ${s.assessedBy.name})`).join("; ")}
        </p>
      )}
    </>
  );
}
