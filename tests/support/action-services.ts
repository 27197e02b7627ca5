// What each server action runs: its schema and its one service command (the action itself needs Next's request
// context, the service does not). The fuzzing calls these the way handleForm does. A new action adds its entry;
// tests/integration/fuzz-services.test.ts fails when the access table names an action missing here.
import type { z } from "zod";
import { saveActionPlan } from "../../lib/server/action-plans";
import { recordAssessment } from "../../lib/server/assessments";
import { recordMilestone } from "../../lib/server/milestones";
import { registerParticipant, transferParticipant, updateParticipant } from "../../lib/server/participants";
import { cancelPlacement, endPlacement, extendPlacement, shortenPlacement } from "../../lib/server/placements/change-placement";
import { registerPlacement } from "../../lib/server/placements/register-placement";
import { addSupervisor, registerProvider, updateProvider, updateSupervisor } from "../../lib/server/providers";
import type { Result } from "../../lib/server/result";
import type { SessionUser } from "../../lib/server/session-user";
import { actionPlanInput } from "../../lib/validation/action-plan";
import { assessmentInput } from "../../lib/validation/assessment";
import { milestoneInput } from "../../lib/validation/milestone";
import { participantInput, participantTransfer, participantUpdate } from "../../lib/validation/participant";
import { placementInput } from "../../lib/validation/placement";
import { placementCancellation, placementEnding, placementExtension, placementShortening } from "../../lib/validation/placement-change";
import { providerInput, providerUpdate, supervisorInput, supervisorUpdate } from "../../lib/validation/provider";

export type ActionService = { schema: z.ZodObject; command: (user: SessionUser, input: never) => Promise<Result<unknown>> };

const entry = <S extends z.ZodObject>(schema: S, command: (user: SessionUser, input: z.output<S>) => Promise<Result<unknown>>): ActionService => ({
  schema,
  command: command as ActionService["command"],
});

const PARTICIPANT = "app/handlaggare/deltagare/actions.ts";
const PLACEMENT = "app/handlaggare/placeringar/actions.ts";
const PROVIDER = "app/handlaggare/anordnare/actions.ts";

export const ACTION_SERVICES: Record<string, ActionService> = {
  [`${PARTICIPANT}#registerParticipantAction`]: entry(participantInput, registerParticipant),
  [`${PARTICIPANT}#updateParticipantAction`]: entry(participantUpdate, updateParticipant),
  [`${PARTICIPANT}#transferParticipantAction`]: entry(participantTransfer, transferParticipant),
  [`${PARTICIPANT}#recordAssessmentAction`]: entry(assessmentInput, recordAssessment),
  [`${PARTICIPANT}#saveActionPlanAction`]: entry(actionPlanInput, saveActionPlan),
  [`${PARTICIPANT}#recordMilestoneAction`]: entry(milestoneInput, recordMilestone),
  ["app/handlaggare/deltagare/[id]/placering/ny/actions.ts#registerPlacementAction"]: entry(placementInput, registerPlacement),
  [`${PLACEMENT}#extendPlacementAction`]: entry(placementExtension, extendPlacement),
  [`${PLACEMENT}#shortenPlacementAction`]: entry(placementShortening, shortenPlacement),
  [`${PLACEMENT}#endPlacementAction`]: entry(placementEnding, endPlacement),
  [`${PLACEMENT}#cancelPlacementAction`]: entry(placementCancellation, cancelPlacement),
  [`${PROVIDER}#registerProviderAction`]: entry(providerInput, registerProvider),
  [`${PROVIDER}#updateProviderAction`]: entry(providerUpdate, updateProvider),
  [`${PROVIDER}#addSupervisorAction`]: entry(supervisorInput, addSupervisor),
  [`${PROVIDER}#updateSupervisorAction`]: entry(supervisorUpdate, updateSupervisor),
};
