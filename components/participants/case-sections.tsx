import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { ATTENDANCE, END_REASON, FOLLOW_UP_STATE, MILESTONE, OUTCOME_KIND } from "@/lib/domain/vocabulary";
import { formatDateTime, isoDay } from "@/lib/format/date";
import { placementDayStatus } from "@/lib/format/placement-day-status";
import { KIND_LABELS, MODE_LABELS, STAGE_DIRECTION_LABELS, STAGE_LABELS } from "@/lib/rules";
import type { ParticipantCase } from "@/lib/server/participant-case";
import { CaseSection, EmptySection, Prose } from "./case-section";

type Case = ParticipantCase;

export function StageSection({ stageHistory, currentStage }: Pick<Case, "stageHistory" | "currentStage">) {
  return (
    <CaseSection id="steg" title="Steg">
      <p className="mb-3">
        Nu: <strong>{STAGE_LABELS[currentStage]}</strong>
      </p>
      {stageHistory.length === 0 ? (
        <EmptySection>Ingen stegbedömning är gjord ännu. Steget bedöms när du granskar en uppföljning från anordnaren.</EmptySection>
      ) : (
        <ol className="space-y-3" aria-label="Stegbedömningar, senaste först">
          {stageHistory.map((s) => (
            <li key={s.id} className={`rounded-lg border bg-white p-4 ${s.direction === "BACK" ? "border-amber-600" : "border-stone-300"}`}>
              <p className="font-semibold">
                {isoDay(s.date)}: {STAGE_LABELS[s.stage]}{" "}
                <span className={`ml-1 rounded px-1.5 py-0.5 text-xs font-semibold ${s.direction === "BACK" ? "bg-amber-100 text-amber-900" : "bg-stone-100 text-stone-800"}`}>
                  {s.direction === null ? "Första bedömningen" : s.direction === "BACK" ? "Steg tillbaka" : STAGE_DIRECTION_LABELS[s.direction]}
                </span>
              </p>
              <p className="text-sm text-stone-700">
                {s.direction && s.direction !== "SAME" && s.previous ? `Från ${STAGE_LABELS[s.previous]}. ` : ""}
                Bedömd av {s.assessedBy.name}, registrerad {formatDateTime(s.createdAt)}
                {s.followUp ? (
                  <>
                    , efter{" "}
                    <Link href={`/handlaggare/uppfoljningar/${s.followUp.id}`} className="underline">
                      uppföljningen {isoDay(s.followUp.date)} från {s.followUp.placement.provider.name}
                    </Link>
                  </>
                ) : null}
              </p>
              <Prose>{s.reason}</Prose>
            </li>
          ))}
        </ol>
      )}
    </CaseSection>
  );
}

export function PlacementSection({ participantId, placements, assessed, today }: { participantId: string; placements: Case["placements"]; assessed: boolean; today: string }) {
  return (
    <CaseSection id="placeringar" title="Placeringar" action={{ href: `/handlaggare/deltagare/${participantId}/placering/ny`, label: "Registrera placering" }}>
      {placements.length === 0 ? (
        <EmptySection>
          {assessed
            ? "Deltagaren har ingen placering. Registrera en placering när ni har hittat en arbetsplats."
            : "Deltagaren har ingen placering. Gör först en individuell bedömning och registrera sedan en placering."}
        </EmptySection>
      ) : (
        <ol className="relative space-y-3 border-l-2 border-stone-300 pl-5" aria-label="Placeringar och perioder, äldst först">
          {placements.map((p) => {
            const status = placementDayStatus(
              { status: p.status, startDate: isoDay(p.startDate), plannedEndDate: isoDay(p.plannedEndDate), actualEndDate: p.actualEndDate ? isoDay(p.actualEndDate) : null },
              today,
            );
            return (
              <li key={p.id} className="rounded-lg border border-stone-300 bg-white p-4">
                <h3 className="font-semibold">
                  <Link href={`/handlaggare/placeringar/${p.id}`} className="underline">
                    Period {p.periodNumber}: {KIND_LABELS[p.kind]} hos {p.provider.name}
                  </Link>
                </h3>
                <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
                  <dt className="font-medium">Tid</dt>
                  <dd>
                    {isoDay(p.startDate)} – {isoDay(p.actualEndDate ?? p.plannedEndDate)}
                    {p.actualEndDate && isoDay(p.actualEndDate) !== isoDay(p.plannedEndDate) ? ` (planerat till ${isoDay(p.plannedEndDate)})` : ""}
                  </dd>
                  <dt className="font-medium">Form</dt>
                  <dd>{MODE_LABELS[p.mode]}</dd>
                  <dt className="font-medium">Läge i dag</dt>
                  <dd className={status.needsAction ? "font-semibold text-red-800" : undefined}>{status.text}</dd>
                  {p.endReasonCode && (
                    <>
                      <dt className="font-medium">Skäl till avslut</dt>
                      <dd>{END_REASON.labels[p.endReasonCode]}</dd>
                    </>
                  )}
                </dl>
              </li>
            );
          })}
        </ol>
      )}
    </CaseSection>
  );
}

export function AssessmentSection({ participantId, assessments }: { participantId: string; assessments: Case["assessments"] }) {
  return (
    <CaseSection id="bedomningar" title="Individuella bedömningar" action={{ href: `/handlaggare/deltagare/${participantId}/bedomning/ny`, label: "Gör en individuell bedömning" }}>
      {assessments.length === 0 ? (
        <EmptySection>Ingen individuell bedömning är gjord. En bedömning av om arbetsträning är lämpligast behövs före varje period.</EmptySection>
      ) : (
        <ul className="space-y-3">
          {assessments.map((a) => (
            <li key={a.id} className="rounded-lg border border-stone-300 bg-white p-4">
              <h3 className="font-semibold">
                {isoDay(a.date)}: {a.suitable ? "Arbetsträning bedöms vara lämpligast" : "Arbetsträning bedöms inte vara lämpligast"}
              </h3>
              <p className="text-sm text-stone-700">Gjord av {a.assessedBy.name}</p>
              <dl className="mt-2 space-y-2">
                <div>
                  <dt className="font-medium">Motivering</dt>
                  <dd>
                    <Prose>{a.reasoning}</Prose>
                  </dd>
                </div>
                <div>
                  <dt className="font-medium">Slutsats</dt>
                  <dd>
                    <Prose>{a.conclusion}</Prose>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}

type FollowUpRow = Case["followUps"][number];

export function FollowUpSection({ followUps }: { followUps: Case["followUps"] }) {
  return (
    <CaseSection id="uppfoljningar" title="Uppföljningar">
      {followUps.length === 0 ? (
        <EmptySection>Ingen uppföljning är inskickad ännu. Anordnaren skickar in uppföljningar under placeringen; de visas här.</EmptySection>
      ) : (
        <DataTable<FollowUpRow>
          caption="Uppföljningar, senaste först"
          rows={followUps}
          rowKey={(f) => f.id}
          columns={[
            {
              header: "Datum",
              cell: (f) => (
                <Link href={`/handlaggare/uppfoljningar/${f.id}`} className="underline">
                  {isoDay(f.date)}
                </Link>
              ),
              nowrap: true,
            },
            { header: "Placering", cell: (f) => `Period ${f.placement.periodNumber}, ${f.placement.provider.name}` },
            { header: "Närvaro", cell: (f) => (f.attendance ? ATTENDANCE.labels[f.attendance] : "Inte angiven") },
            {
              header: "Oro",
              cell: (f) =>
                f.hasConcern || f.remoteConcern ? <span className="font-semibold text-red-800">{f.concerns ?? "Oro för distansarbetet"}</span> : "Nej",
            },
            { header: "Föreslaget steg", cell: (f) => (f.proposedStage ? STAGE_LABELS[f.proposedStage] : "Inget förslag") },
            { header: "Status", cell: (f) => `${FOLLOW_UP_STATE.labels[f.status]}${f.replacesId ? " (rättelse)" : ""}` },
          ]}
        />
      )}
    </CaseSection>
  );
}

export function ActionPlanSection({ participantId, actionPlan }: { participantId: string; actionPlan: Case["actionPlan"] }) {
  return (
    <CaseSection
      id="handlingsplan"
      title="Handlingsplan"
      action={{ href: `/handlaggare/deltagare/${participantId}/handlingsplan`, label: actionPlan ? "Ändra handlingsplanen" : "Skriv en handlingsplan" }}
    >
      {!actionPlan ? (
        <EmptySection>Deltagaren har ingen handlingsplan ännu. Planen med mål, kompetensanalys och stödbehov tas fram tillsammans med deltagaren.</EmptySection>
      ) : (
        <div className="rounded-lg border border-stone-300 bg-white p-4">
          <dl className="space-y-3">
            <div>
              <dt className="font-medium">Mål</dt>
              <dd>
                <Prose>{actionPlan.goals}</Prose>
              </dd>
            </div>
            <div>
              <dt className="font-medium">Kompetensanalys</dt>
              <dd>
                <Prose>{actionPlan.competenceAnalysis}</Prose>
              </dd>
            </div>
            <div>
              <dt className="font-medium">Stödbehov</dt>
              <dd>{actionPlan.supportNeeds ? <Prose>{actionPlan.supportNeeds}</Prose> : "Inga angivna"}</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm text-stone-700">
            Senast ändrad {formatDateTime(actionPlan.updatedAt)} av {actionPlan.updatedBy.name}
          </p>
        </div>
      )}
    </CaseSection>
  );
}

type MilestoneRow = Case["milestones"][number];

export function MilestoneSection({ participantId, milestones }: { participantId: string; milestones: Case["milestones"] }) {
  return (
    <CaseSection id="milstolpar" title="Milstolpar" action={{ href: `/handlaggare/deltagare/${participantId}/milstolpe/ny`, label: "Lägg till milstolpe" }}>
      {milestones.length === 0 ? (
        <EmptySection>Inga milstolpar ännu: CV, personligt brev, kontakter och intervjuer med arbetsgivare och nästa steg visas här när de är klara.</EmptySection>
      ) : (
        <DataTable<MilestoneRow>
          caption="Milstolpar, senaste först"
          rows={milestones}
          rowKey={(m) => m.id}
          columns={[
            { header: "Datum", cell: (m) => isoDay(m.date), nowrap: true },
            { header: "Milstolpe", cell: (m) => MILESTONE.labels[m.kind] },
            { header: "Anteckning", cell: (m) => m.note ?? "" },
            { header: "Registrerad av", cell: (m) => m.recordedBy.name },
          ]}
        />
      )}
    </CaseSection>
  );
}

export function OutcomeSection({ outcomes }: { outcomes: Case["outcomes"] }) {
  return (
    <CaseSection id="utfall" title="Utfall">
      {outcomes.length === 0 ? (
        <EmptySection>Inget utfall ännu. Utfallet (arbete, studier, arbetsprövning, annan insats eller avbrott) registreras när en placering avslutas.</EmptySection>
      ) : (
        <ul className="space-y-3">
          {outcomes.map((o) => (
            <li key={o.id} className="rounded-lg border border-stone-300 bg-white p-4">
              <h3 className="font-semibold">
                {isoDay(o.date)}: {OUTCOME_KIND.labels[o.kind]}
              </h3>
              {o.interruptReason && <p>Skäl till avbrottet: {o.interruptReason}</p>}
              {o.notes && <Prose>{o.notes}</Prose>}
              <p className="text-sm text-stone-700">Registrerat av {o.recordedBy.name}</p>
            </li>
          ))}
        </ul>
      )}
    </CaseSection>
  );
}
