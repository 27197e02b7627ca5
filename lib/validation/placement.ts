import { z } from "zod";
import { AIO_REASONS, PLACEMENT_KINDS, PLACEMENT_MODES } from "@/lib/rules";
import { assessmentFields } from "./assessment";
import { checkbox, choice, isoDate, optionalText, recordId, requiredText, wholeNumber } from "./fields";
import { programmeCode } from "./participant";

/** The period rests on an assessment already recorded, or on one recorded with the placement. */
export const ASSESSMENT_CHOICES = ["EXISTING", "NEW"] as const;
export type AssessmentChoice = (typeof ASSESSMENT_CHOICES)[number];

type AssessmentField = keyof typeof assessmentFields;

/**
 * Registering a placement (a period). The programme rules (longest period, withdrawn kind, AIO
 * reason, a new assessment before a new period, no overlap) are judged by the service with
 * lib/rules; this schema checks what the form itself can: that each answer is there and well formed.
 */
export const placementInput = z
  .object({
    participantId: recordId(),
    /** Set when this period continues the participant's latest one. */
    previousPlacementId: recordId("Välj en tidigare period i listan.").optional(),
    programme: programmeCode(),
    // Every kind, the withdrawn one too: the rules refuse it with their own message.
    kind: choice(PLACEMENT_KINDS, "Välj typ av arbetsträning."),
    providerId: recordId("Välj en anordnare i listan."),
    supervisorId: recordId("Välj en handledare i listan.").optional(),
    mode: choice(PLACEMENT_MODES, "Välj var deltagaren tränar."),
    decisionDate: isoDate("beslutsdatum"),
    startDate: isoDate("startdatum"),
    plannedEndDate: isoDate("planerat slutdatum"),
    hoursPerWeek: wholeNumber("timmar per vecka", 1, 40),
    goals: requiredText("mål", 2000),
    tasks: requiredText("arbetsuppgifter", 2000),
    aioReason: choice(AIO_REASONS, "Välj ett av svaren.").optional(),
    assessmentChoice: choice(ASSESSMENT_CHOICES, "Välj om placeringen grundas på en tidigare bedömning eller en ny."),
    assessmentId: recordId("Välj en bedömning i listan.").optional(),
    assessmentDate: assessmentFields.assessmentDate.optional(),
    assessmentReasoning: assessmentFields.assessmentReasoning.optional(),
    assessmentConclusion: assessmentFields.assessmentConclusion.optional(),
    assessmentSuitable: assessmentFields.assessmentSuitable,
    lateRegistration: checkbox(),
    lateRegistrationReason: optionalText("skäl till efterregistrering", 1000),
    capacityOverrideReason: optionalText("skäl att gå över anordnarens platser", 1000),
  })
  .superRefine((input, ctx) => {
    if (input.assessmentChoice === "EXISTING" && !input.assessmentId) {
      ctx.addIssue({ code: "custom", path: ["assessmentId"], message: "Välj en bedömning i listan." });
    }
    if (input.assessmentChoice === "NEW") {
      // The same messages as when an assessment is recorded on its own.
      for (const name of ["assessmentDate", "assessmentReasoning", "assessmentConclusion"] as const satisfies AssessmentField[]) {
        const parsed = assessmentFields[name].safeParse(input[name]);
        if (!parsed.success) ctx.addIssue({ code: "custom", path: [name], message: parsed.error.issues[0]!.message });
      }
    }
    if (input.lateRegistration && !input.lateRegistrationReason) {
      ctx.addIssue({ code: "custom", path: ["lateRegistrationReason"], message: "Skriv varför placeringen registreras i efterhand." });
    }
  }, { when: () => true }); // also when other fields are wrong, so that every error shows at once
export type PlacementRegistration = z.output<typeof placementInput>;
