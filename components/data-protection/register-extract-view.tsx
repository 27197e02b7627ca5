import { municipalityName } from "@/lib/domain/municipalities";
import {
  ATTENDANCE,
  COMPENSATION,
  END_REASON,
  FOLLOW_UP_STATE,
  GENDER,
  MILESTONE,
  OUTCOME_KIND,
  PLACEMENT_EVENT,
  PLACEMENT_STATUS,
  PROPOSAL_KIND,
  PROPOSAL_REASON,
  PROPOSAL_STATUS,
  STATEMENT_KIND,
} from "@/lib/domain/vocabulary";
import { formatDateTime, isoDay } from "@/lib/format/date";
import { programmeLabel } from "@/lib/format/labels";
import { AIO_REASON_LABELS, KIND_LABELS, MODE_LABELS, STAGE_LABELS } from "@/lib/rules";
import type { RegisterExtract } from "@/lib/server/data-protection/register-extract";
import { abilityRows } from "@/lib/server/follow-ups/content";
import { FOLLOW_UP_ANSWERS } from "@/lib/validation/choices";
import { ExtractSection, Fields, Record, type Entry } from "./fields";

const day = (date: Date | null) => (date ? isoDay(date) : null);
const yes = (value: boolean) => (value ? "Ja" : "Nej");

type Statement = RegisterExtract["placements"][number]["statements"][number];

/** A statement of the participant's own: an answer names its follow-up and whether it agrees; a view is its text. */
function statementEntries(st: Statement): Entry[] {
  const text: Entry = ["Text", st.text];
  if (!st.followUp || st.agrees === null) return [text];
  return [["Uppföljningen", isoDay(st.followUp.date)], ["Svar", FOLLOW_UP_ANSWERS[st.agrees ? "stammer" : "stammer-inte"]], text];
}

/** Everything in a register extract, section by section, in words the participant can read. */
export function RegisterExtractView({ extract }: { extract: RegisterExtract }) {
  const p = extract.participant;
  return (
    <>
      <ExtractSection title="Personuppgifter">
        <Record>
          <Fields
            entries={[
              ["Namn", `${p.firstName} ${p.lastName}`],
              [p.isCoordinationNumber ? "Samordningsnummer" : "Personnummer", p.personalNumber],
              ["Ärendenummer", p.caseNumber],
              ["Kön", GENDER.labels[p.gender]],
              ["Folkbokförd i", municipalityName(p.municipalityCode)],
              ["Program", programmeLabel(p.programme)],
              ["Dagar i jobb- och utvecklingsgarantin med ersättning", p.jobCompensableDays],
              ["Ersättning", p.compensation ? COMPENSATION.labels[p.compensation] : null],
              ["Skyddad identitet", yes(p.protectedIdentity)],
              ["Samtycke lämnat", day(p.consentDate)],
              ["Samtycke återkallat", day(p.consentWithdrawnOn)],
              ["Anteckning om återkallelsen", p.consentWithdrawalNote],
              ["Steg just nu", STAGE_LABELS[p.currentStage]],
              ["Enhet", p.unit],
              ["Ansvarig handläggare", p.responsibleOfficer],
              ["Registrerad", formatDateTime(p.createdAt)],
              ["Senast ändrad", formatDateTime(p.updatedAt)],
            ]}
          />
        </Record>
      </ExtractSection>

      <ExtractSection title="Placeringar" empty={extract.placements.length === 0}>
        {extract.placements.map((pl) => (
          <Record key={pl.id} title={`Period ${pl.periodNumber}: ${KIND_LABELS[pl.kind]} hos ${pl.provider.name}`}>
            <Fields
              entries={[
                ["Anordnare", `${pl.provider.name} (${pl.provider.organisationNumber})`],
                ["Handledare", pl.supervisor?.name],
                ["Program", programmeLabel(pl.programme)],
                ["Form", MODE_LABELS[pl.mode]],
                ["Beslutsdatum", day(pl.decisionDate)],
                ["Beslutad av", pl.decidedBy?.name],
                ["Start", day(pl.startDate)],
                ["Planerat slut", day(pl.plannedEndDate)],
                ["Faktiskt slut", day(pl.actualEndDate)],
                ["Status", PLACEMENT_STATUS.labels[pl.status]],
                ["Timmar per vecka", pl.hoursPerWeek],
                ["Mål", pl.goals],
                ["Arbetsuppgifter", pl.tasks],
                ["Varför inte arbetsintegrerande övningsplatser", pl.aioReason ? AIO_REASON_LABELS[pl.aioReason] : null],
                ["Orsak till avslut", pl.endReasonCode ? END_REASON.labels[pl.endReasonCode] : null],
                ["Förklaring till avslut eller makulering", pl.endReason],
                ["Skäl till efterregistrering", pl.lateRegistrationReason],
                ["Skäl till fler platser än anordnaren har", pl.capacityOverrideReason],
              ]}
            />
            {pl.events.length > 0 && (
              <>
                <h4 className="mt-4 font-semibold">Händelser</h4>
                <ul className="mt-1 list-disc pl-6">
                  {pl.events.map((e) => (
                    <li key={e.id}>
                      {isoDay(e.date)}: {PLACEMENT_EVENT.labels[e.kind]} av {e.by.name}
                      {e.reason ? `. ${e.reason}` : ""}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {pl.followUps.map((f) => (
              <div key={f.id} className="mt-4 border-t border-stone-200 pt-3">
                <h4 className="mb-2 font-semibold">Uppföljning {isoDay(f.date)}</h4>
                <Fields
                  entries={[
                    ["Skriven av", f.author.name],
                    ["Status", FOLLOW_UP_STATE.labels[f.status]],
                    ["Perioden uppföljningen gäller", f.periodFrom && f.periodTo ? `${isoDay(f.periodFrom)} – ${isoDay(f.periodTo)}` : null],
                    ["Planerade timmar", f.plannedHours],
                    ["Närvarande timmar", f.attendedHours],
                    ["Orsak till frånvaro", f.absenceReason],
                    ["Närvaro", f.attendance ? ATTENDANCE.labels[f.attendance] : null],
                    ["Arbetsuppgifter", f.tasks],
                    ["Förmågor", abilityRows(f.abilityRatings).map((a) => `${a.area}: ${a.rating ?? "–"}${a.note ? ` (${a.note})` : ""}`).join("; ") || f.abilities],
                    ["Oro", f.concerns],
                    ["Föreslaget steg", f.proposedStage ? STAGE_LABELS[f.proposedStage] : null],
                    ["Skäl till föreslaget steg", f.proposedStageReason],
                    ["Deltagarens synpunkter", f.participantView],
                    ["Isolerad hemma", f.remoteIsolated === null ? null : yes(f.remoteIsolated)],
                    ["Bör en del flyttas till arbetsplatsen", f.remoteMoveOnSite === null ? null : yes(f.remoteMoveOnSite)],
                    ["Bedömning av distansarbetet", f.remoteReview],
                    ["Granskad av", f.reviewedBy?.name],
                  ]}
                />
              </div>
            ))}
            {pl.statements.map((st) => (
              <div key={st.id} className="mt-4 border-t border-stone-200 pt-3">
                <h4 className="mb-2 font-semibold">
                  {STATEMENT_KIND.labels[st.kind]}, {formatDateTime(st.createdAt)}
                </h4>
                <Fields entries={statementEntries(st)} />
              </div>
            ))}
            {pl.proposals.map((pr) => (
              <div key={pr.id} className="mt-4 border-t border-stone-200 pt-3">
                <h4 className="mb-2 font-semibold">
                  Förslag från anordnaren {isoDay(pr.createdAt)}: {PROPOSAL_KIND.labels[pr.kind]}
                </h4>
                <Fields
                  entries={[
                    ["Skrivet av", pr.author.name],
                    ["Skäl", PROPOSAL_REASON.labels[pr.reasonCode]],
                    ["Motivering", pr.justification],
                    ["Status", PROPOSAL_STATUS.labels[pr.status]],
                    ["Besvarat av", pr.answeredBy?.name],
                    ["Handläggarens skäl", pr.answerReason],
                  ]}
                />
              </div>
            ))}
          </Record>
        ))}
      </ExtractSection>

      <ExtractSection title="Bedömningar inför placering" empty={extract.assessments.length === 0}>
        {extract.assessments.map((a) => (
          <Record key={a.id} title={`Bedömning ${isoDay(a.date)}`}>
            <Fields
              entries={[
                ["Gjord av", a.assessedBy.name],
                ["Motivering", a.reasoning],
                ["Slutsats", a.conclusion],
                ["Arbetsträning lämplig", yes(a.suitable)],
              ]}
            />
          </Record>
        ))}
      </ExtractSection>

      <ExtractSection title="Steg" empty={extract.stageAssessments.length === 0}>
        {extract.stageAssessments.map((s) => (
          <Record key={s.id} title={`${STAGE_LABELS[s.stage]} från ${isoDay(s.date)}`}>
            <Fields
              entries={[
                ["Bedömt av", s.assessedBy.name],
                ["Skäl", s.reason],
              ]}
            />
          </Record>
        ))}
      </ExtractSection>

      <ExtractSection title="Handlingsplan" empty={!extract.actionPlan}>
        {extract.actionPlan && (
          <Record>
            <Fields
              entries={[
                ["Mål", extract.actionPlan.goals],
                ["Kompetensanalys", extract.actionPlan.competenceAnalysis],
                ["Behov av stöd", extract.actionPlan.supportNeeds],
                ["Senast ändrad av", `${extract.actionPlan.updatedBy.name}, ${formatDateTime(extract.actionPlan.updatedAt)}`],
              ]}
            />
          </Record>
        )}
      </ExtractSection>

      <ExtractSection title="Milstolpar" empty={extract.milestones.length === 0}>
        {extract.milestones.map((m) => (
          <Record key={m.id} title={`${MILESTONE.labels[m.kind]} ${isoDay(m.date)}`}>
            <Fields
              entries={[
                ["Registrerad av", m.recordedBy.name],
                ["Anteckning", m.note],
              ]}
            />
          </Record>
        ))}
      </ExtractSection>

      <ExtractSection title="Utfall" empty={extract.outcomes.length === 0}>
        {extract.outcomes.map((o) => (
          <Record key={o.id} title={`${OUTCOME_KIND.labels[o.kind]} ${isoDay(o.date)}`}>
            <Fields
              entries={[
                ["Registrerat av", o.recordedBy.name],
                ["Orsak till avbrott", o.interruptReason],
                ["Anteckning", o.notes],
              ]}
            />
          </Record>
        ))}
      </ExtractSection>
    </>
  );
}
