import "server-only";
import { dayToDate, isoDay } from "@/lib/format/date";
import { checkPlacement, isLateRegistration, lateRegistration, maxPeriod, nextFollowUpDue, type Violation, type ViolationField } from "@/lib/rules";
import type { PlacementRegistration } from "@/lib/validation/placement";
import { recordAudit } from "../audit";
import { participantScope, policies } from "../authz";
import { today } from "../clock";
import { inTransaction } from "../command";
import { consentRefusalFor } from "../data-protection/consent";
import { customProgrammes } from "../programmes";
import { providerLoad } from "../provider-load";
import { lockParticipant, lockProvider } from "../row-locks";
import { fieldError, forbidden, invalid, notFound, ok, type FieldError, type Result } from "../result";
import type { SessionUser } from "../session-user";

/** Where each rule's message lands in the placement form; the participant's own data goes to the form's summary. */
const FORM_FIELD: Record<ViolationField, string> = {
  programme: "programme",
  kind: "kind",
  startDate: "startDate",
  plannedEndDate: "plannedEndDate",
  decisionDate: "decisionDate",
  jobCompensableDays: "",
  aioReason: "aioReason",
  assessment: "assessmentChoice",
  lateRegistration: "lateRegistration",
  previousPlacements: "",
};

const atField = (violation: Violation): FieldError => ({ field: FORM_FIELD[violation.field], message: violation.message });

/** Said when a parallel registration won the race the exclusion constraint referees. */
const OVERLAP_LOST_RACE =
  "Deltagaren fick nyss en annan placering som överlappar den här perioden. En deltagare har en placering i taget (Stegvis regel). Ladda om sidan och se deltagarens placeringar.";

const NOT_SUITABLE =
  "Bedömningen kom fram till att arbetsträning inte är den mest lämpliga insatsen, så en placering kan inte grundas på den. Gör en ny bedömning.";

const places = (n: number) => (n === 1 ? "1 plats" : `${n} platser`);

/** A participant's placement as the rules see it: the actual end, or the planned end while it runs. */
const endOf = (p: { actualEndDate: Date | null; plannedEndDate: Date }) => isoDay(p.actualEndDate ?? p.plannedEndDate);


type Period = { id: string; periodNumber: number; startDate: Date; status: string; previousPlacementId: string | null };

/**
 * Why `previous` cannot be followed by a new period, or null: it must be this participant's latest, still without
 * a successor. A successor is one of the same participant's periods, so `periods` holds it.
 */
function previousRefusal(previous: Period | undefined, periods: readonly Period[]): string | null {
  if (!previous) return "Välj en tidigare period för den här deltagaren.";
  if (previous.status === "CANCELLED") return "Den valda perioden är makulerad. En ny period följer på deltagarens senaste period.";
  if (periods.some((p) => p.previousPlacementId === previous.id)) return "Den valda perioden har redan en efterföljande period.";
  const later = periods.find((p) => p.status !== "CANCELLED" && p.startDate > previous.startDate);
  if (later) return `Deltagaren har en senare period (start ${isoDay(later.startDate)}). En ny period följer på den senaste.`;
  return null;
}

/**
 * Registers a placement (one period) for a participant of the officer's unit. Every rule is judged
 * inside the transaction, with the participant's and the provider's rows locked: lib/rules'
 * checkPlacement (longest period, withdrawn kind, AIO reason, the assessment, no overlap), the late
 * registration rule, and the provider's capacity. All refusals come back at once, each at its field.
 * The placement, its REGISTERED event, a new assessment given inline, and the audit events land together.
 */
export async function registerPlacement(user: SessionUser, input: PlacementRegistration): Promise<Result<{ id: string; participantId: string }>> {
  const day = today();
  return inTransaction<{ id: string; participantId: string }>(
    async (tx) => {
      const participant = await tx.participant.findFirst({ where: { AND: [participantScope(user), { id: input.participantId }] } });
      if (!participant) return notFound();
      if (!policies.registerPlacement(user, participant)) return forbidden();
      await lockParticipant(tx, participant.id);
      const withdrawn = consentRefusalFor(participant);
      if (withdrawn) return fieldError("", withdrawn);

      const provider = await tx.provider.findFirst({ where: { id: input.providerId, active: true } });
      if (!provider) return fieldError("providerId", "Välj en aktiv anordnare i listan.");
      await lockProvider(tx, provider.id);
      if (input.supervisorId) {
        const supervisor = await tx.supervisor.findFirst({ where: { id: input.supervisorId, providerId: provider.id, active: true }, select: { id: true } });
        if (!supervisor) return fieldError("supervisorId", `Välj en handledare hos ${provider.name}.`);
      }

      const placements = await tx.placement.findMany({
        where: { participantId: participant.id },
        select: { id: true, periodNumber: true, startDate: true, plannedEndDate: true, actualEndDate: true, status: true, kind: true, programme: true, previousPlacementId: true },
      });
      const previous = input.previousPlacementId ? placements.find((p) => p.id === input.previousPlacementId) : undefined;
      if (input.previousPlacementId) {
        const refusal = previousRefusal(previous, placements);
        if (refusal) return fieldError("previousPlacementId", refusal);
      }

      const chosen =
        input.assessmentChoice === "EXISTING"
          ? await tx.individualAssessment.findFirst({ where: { id: input.assessmentId, participantId: participant.id }, select: { id: true, date: true, suitable: true } })
          : null;
      if (input.assessmentChoice === "EXISTING" && !chosen) return fieldError("assessmentId", "Välj en bedömning av den här deltagaren i listan.");
      const assessment = chosen
        ? { date: isoDay(chosen.date), suitable: chosen.suitable, field: "assessmentId" }
        : { date: input.assessmentDate!, suitable: input.assessmentSuitable, field: "assessmentSuitable" };

      const custom = await customProgrammes(tx);
      const rule = {
        programme: input.programme,
        kind: input.kind,
        startDate: input.startDate,
        decisionDate: input.decisionDate,
        jobCompensableDays: participant.jobCompensableDays ?? undefined,
        customProgrammes: custom,
      };
      const violations = checkPlacement({
        ...rule,
        plannedEndDate: input.plannedEndDate,
        aioReason: input.aioReason ?? null,
        previousPlacements: placements
          .filter((p) => p.status !== "CANCELLED")
          .map((p) => ({ startDate: isoDay(p.startDate), endDate: endOf(p), kind: p.kind, programme: p.programme })),
        // The assessment this period rests on, and only that one: a new period needs its own.
        assessments: [{ date: assessment.date }],
      });
      const late = lateRegistration(input.startDate, day, input.lateRegistration ? input.lateRegistrationReason : null);
      const load = (await providerLoad(tx, [provider.id], day)).get(provider.id) ?? 0;
      const full = load >= provider.capacity;
      const errors: FieldError[] = [
        ...violations.map(atField),
        ...(late ? [atField(late)] : []),
        ...(assessment.suitable ? [] : [{ field: assessment.field, message: NOT_SUITABLE }]),
        ...(full && !input.capacityOverrideReason
          ? [
              {
                field: "capacityOverrideReason",
                message:
                  `${provider.name} har ${places(provider.capacity)} och redan ${load} ${load === 1 ? "placering" : "placeringar"} som pågår eller ska börja. ` +
                  "Välj en annan anordnare, eller skriv varför placeringen ändå ska göras här.",
              },
            ]
          : []),
      ];
      if (errors.length > 0) return invalid(errors);

      const assessmentId =
        chosen?.id ??
        (
          await tx.individualAssessment.create({
            data: {
              participantId: participant.id,
              date: dayToDate(input.assessmentDate!),
              assessedById: user.id,
              reasoning: input.assessmentReasoning!,
              conclusion: input.assessmentConclusion!,
              suitable: input.assessmentSuitable,
            },
            select: { id: true },
          })
        ).id;
      if (!chosen) {
        await recordAudit(tx, user, { action: "CREATE", entity: "IndividualAssessment", entityId: assessmentId, changes: { participantId: participant.id, date: input.assessmentDate! } });
      }

      const limit = maxPeriod(rule);
      const periodNumber = previous ? previous.periodNumber + 1 : 1;
      const lateRegistrationReason = isLateRegistration(input.startDate, day) ? input.lateRegistrationReason! : null;
      const capacityOverrideReason = full ? input.capacityOverrideReason! : null;
      const placement = await tx.placement.create({
        data: {
          participantId: participant.id,
          providerId: provider.id,
          unitId: participant.unitId,
          supervisorId: input.supervisorId ?? null,
          programme: input.programme,
          kind: input.kind,
          mode: input.mode,
          decisionDate: dayToDate(input.decisionDate),
          decidedById: user.id,
          startDate: dayToDate(input.startDate),
          plannedEndDate: dayToDate(input.plannedEndDate),
          periodNumber,
          previousPlacementId: previous?.id ?? null,
          aioReason: input.aioReason ?? null,
          hoursPerWeek: input.hoursPerWeek,
          goals: input.goals,
          tasks: input.tasks,
          assessmentId,
          ruleSetId: limit.allowed ? limit.ruleSetId : null,
          status: input.startDate > day ? "PLANNED" : "ACTIVE",
          lateRegistrationReason,
          capacityOverrideReason,
          nextFollowUpDueOn: dayToDate(nextFollowUpDue({ startDate: input.startDate, kind: input.kind, mode: input.mode, decisionDate: input.decisionDate })),
        },
        select: { id: true, status: true },
      });
      await tx.placementEvent.create({
        data: { placementId: placement.id, kind: "REGISTERED", date: dayToDate(input.decisionDate), byId: user.id, endAfter: dayToDate(input.plannedEndDate) },
      });
      await recordAudit(tx, user, {
        action: "CREATE",
        entity: "Placement",
        entityId: placement.id,
        changes: {
          participantId: participant.id,
          providerId: provider.id,
          programme: input.programme,
          kind: input.kind,
          startDate: input.startDate,
          plannedEndDate: input.plannedEndDate,
          periodNumber,
          previousPlacementId: previous?.id ?? null,
          assessmentId,
          ruleSetId: limit.allowed ? limit.ruleSetId : null,
          status: placement.status,
          lateRegistrationReason,
          capacityOverrideReason,
        },
      });
      return ok({ id: placement.id, participantId: participant.id });
    },
    // The last line of defence: a registration that got past the lock (another path) and lost to the constraint.
    (refusal) => (refusal.code === "23P01" && refusal.constraint === "Placement_no_overlap" ? fieldError("startDate", OVERLAP_LOST_RACE) : null),
  );
}
