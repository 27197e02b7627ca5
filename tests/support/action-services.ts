// What each server action runs: its schema and its one service command (the action itself needs Next's request
// context, the service does not). The fuzzing calls these the way handleForm does. A new action adds its entry;
// tests/integration/fuzz-services.test.ts fails when the access table names an action missing here.
import type { z } from "zod";
import { grantAccessReviewer, revokeAccessReviewer } from "../../lib/server/access-review/follow-up";
import { decideAccessReview } from "../../lib/server/access-review/review";
import { saveActionPlan } from "../../lib/server/action-plans";
import { createApiKey, revokeApiKey } from "../../lib/server/api/keys";
import { recordAssessment } from "../../lib/server/assessments";
import { setCoordinatorScope } from "../../lib/server/coordinator-scope";
import { withdrawConsent } from "../../lib/server/data-protection/consent";
import { confirmRetention } from "../../lib/server/data-protection/retention-admin";
import { saveFollowUpDraft, startCorrection, startFollowUp } from "../../lib/server/follow-ups/drafts";
import { reviewFollowUp } from "../../lib/server/follow-ups/review";
import { submitFollowUp } from "../../lib/server/follow-ups/submit";
import { recordMilestone } from "../../lib/server/milestones";
import { registerParticipant, transferParticipant, updateParticipant } from "../../lib/server/participants";
import { cancelPlacement, endPlacement, extendPlacement, shortenPlacement } from "../../lib/server/placements/change-placement";
import { registerPlacement } from "../../lib/server/placements/register-placement";
import { answerProposal } from "../../lib/server/proposals/answer-proposal";
import { makeProposal } from "../../lib/server/proposals/make-proposal";
import { withdrawProposal } from "../../lib/server/proposals/withdraw-proposal";
import { changeOwnPassword } from "../../lib/server/password-change";
import { linkOidcAccount, unlinkOidcAccount } from "../../lib/server/oidc/links";
import { addSupervisor, registerProvider, updateProvider, updateSupervisor } from "../../lib/server/providers";
import type { Result } from "../../lib/server/result";
import type { SessionUser } from "../../lib/server/session-user";
import { createUserAccount, deactivateUser, endUserSessions, reactivateUser, resetPassword, resetSecondFactor, updateUserAccount } from "../../lib/server/user-admin";
import { endOwnSessions } from "../../lib/server/user-sessions";
import { markAllNoticesRead, markNoticeRead, setNoticeDigest } from "../../lib/server/notices/commands";
import { allNoticesRead, noticeDigestChoice, noticeRead } from "../../lib/validation/notices";
import { accessReviewDecisionInput, accessReviewerGrant } from "../../lib/validation/access-review";
import { actionPlanInput } from "../../lib/validation/action-plan";
import { apiKeyCreation, apiKeyRevocation } from "../../lib/validation/api-key";
import { approveAgreementAsHost, approveAgreementAsOfficer, approveAgreementAsParticipant, approveAgreementForParticipant } from "../../lib/server/agreements/approve";
import { endParticipantAccess, issueParticipantCode } from "../../lib/server/participant-access/officer";
import { respondToFollowUp, writeOwnView } from "../../lib/server/participant-statements";
import { followUpResponseInput, ownViewInput } from "../../lib/validation/participant-statement";
import { participantAccessEnding, participantCodeIssue } from "../../lib/validation/participant-access";
import { saveAgreementDraft, sendAgreement } from "../../lib/server/agreements/draft";
import { agreementDraft, agreementSending, hostApproval, officerApproval, ownApproval, participantApprovalOnBehalf } from "../../lib/validation/agreement";
import { assessmentInput } from "../../lib/validation/assessment";
import { consentWithdrawal } from "../../lib/validation/consent";
import { coordinatorScopeInput } from "../../lib/validation/coordinator-scope";
import { followUpCorrection, followUpDraft, followUpReview, followUpStart, followUpSubmission } from "../../lib/validation/follow-up";
import { milestoneInput } from "../../lib/validation/milestone";
import { oidcLink } from "../../lib/validation/oidc-link";
import { participantInput, participantTransfer, participantUpdate } from "../../lib/validation/participant";
import { placementInput } from "../../lib/validation/placement";
import { placementCancellation, placementEnding, placementExtension, placementShortening } from "../../lib/validation/placement-change";
import { proposalAnswer, proposalInput, proposalWithdrawal } from "../../lib/validation/proposal";
import { providerInput, providerUpdate, supervisorInput, supervisorUpdate } from "../../lib/validation/provider";
import { retentionRunInput } from "../../lib/validation/retention";
import { passwordChange, passwordReset, sessionEnding, userCommand, userCreation, userSessionsCommand, userUpdate } from "../../lib/validation/user";

export type ActionService = { schema: z.ZodObject; command: (user: SessionUser, input: never) => Promise<Result<unknown>> };

const entry = <S extends z.ZodObject>(schema: S, command: (user: SessionUser, input: z.output<S>) => Promise<Result<unknown>>): ActionService => ({
  schema,
  command: command as ActionService["command"],
});

const PARTICIPANT = "app/handlaggare/deltagare/actions.ts";
const PLACEMENT = "app/handlaggare/placeringar/actions.ts";
const PROVIDER = "app/handlaggare/anordnare/actions.ts";
const FOLLOW_UP = "app/anordnare/actions.ts";
const USERS = "app/admin/anvandare/actions.ts";
const PROPOSAL = "app/anordnare/placeringar/[id]/forslag/actions.ts";
const AGREEMENT = "app/handlaggare/placeringar/[id]/overenskommelse/actions.ts";

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
  [`${PARTICIPANT}#withdrawConsentAction`]: entry(consentWithdrawal, withdrawConsent),
  ["app/handlaggare/uppfoljningar/actions.ts#reviewFollowUpAction"]: entry(followUpReview, reviewFollowUp),
  ["app/handlaggare/forslag/actions.ts#answerProposalAction"]: entry(proposalAnswer, answerProposal),
  [`${FOLLOW_UP}#startFollowUpAction`]: entry(followUpStart, startFollowUp),
  [`${FOLLOW_UP}#startCorrectionAction`]: entry(followUpCorrection, startCorrection),
  [`${FOLLOW_UP}#saveFollowUpDraftAction`]: entry(followUpDraft, saveFollowUpDraft),
  [`${FOLLOW_UP}#submitFollowUpAction`]: entry(followUpSubmission, submitFollowUp),
  [`${PROPOSAL}#makeProposalAction`]: entry(proposalInput, makeProposal),
  [`${PROPOSAL}#withdrawProposalAction`]: entry(proposalWithdrawal, withdrawProposal),
  ["app/admin/gallring/actions.ts#confirmRetentionAction"]: entry(retentionRunInput, confirmRetention),
  ["app/admin/anvandare/[id]/omfattning/actions.ts#setCoordinatorScopeAction"]: entry(coordinatorScopeInput, setCoordinatorScope),
  [`${USERS}#createUserAction`]: entry(userCreation, createUserAccount),
  ["app/admin/api-nycklar/actions.ts#createApiKeyAction"]: entry(apiKeyCreation, createApiKey),
  ["app/admin/api-nycklar/actions.ts#revokeApiKeyAction"]: entry(apiKeyRevocation, revokeApiKey),
  [`${USERS}#updateUserAction`]: entry(userUpdate, updateUserAccount),
  [`${USERS}#deactivateUserAction`]: entry(userCommand, deactivateUser),
  [`${USERS}#reactivateUserAction`]: entry(userCommand, reactivateUser),
  [`${USERS}#resetPasswordAction`]: entry(passwordReset, resetPassword),
  [`${USERS}#endUserSessionsAction`]: entry(userSessionsCommand, endUserSessions),
  ["app/byt-losenord/actions.ts#changePasswordAction"]: entry(passwordChange, changeOwnPassword),
  ["app/mina-sessioner/actions.ts#endOwnSessionsAction"]: entry(sessionEnding, endOwnSessions),
  ["app/admin/anvandare/[id]/inloggning/actions.ts#linkOidcAction"]: entry(oidcLink, linkOidcAccount),
  ["app/admin/anvandare/[id]/inloggning/actions.ts#unlinkOidcAction"]: entry(userCommand, unlinkOidcAccount),
  ["app/aviseringar/actions.ts#markNoticeReadAction"]: entry(noticeRead, markNoticeRead),
  ["app/aviseringar/actions.ts#markAllNoticesReadAction"]: entry(allNoticesRead, markAllNoticesRead),
  ["app/aviseringar/actions.ts#setNoticeDigestAction"]: entry(noticeDigestChoice, setNoticeDigest),
  ["app/handlaggare/granskning/actions.ts#decideAccessReviewAction"]: entry(accessReviewDecisionInput, decideAccessReview),
  [`${USERS}#grantAccessReviewerAction`]: entry(accessReviewerGrant, grantAccessReviewer),
  [`${USERS}#revokeAccessReviewerAction`]: entry(accessReviewerGrant, revokeAccessReviewer),
  [`${USERS}#resetSecondFactorAction`]: entry(userCommand, resetSecondFactor),
  [`${AGREEMENT}#saveAgreementDraftAction`]: entry(agreementDraft, saveAgreementDraft),
  [`${AGREEMENT}#sendAgreementAction`]: entry(agreementSending, sendAgreement),
  [`${AGREEMENT}#approveForParticipantAction`]: entry(participantApprovalOnBehalf, approveAgreementForParticipant),
  [`${AGREEMENT}#approveAgreementAsOfficerAction`]: entry(officerApproval, approveAgreementAsOfficer),
  ["app/anordnare/placeringar/[id]/overenskommelse/actions.ts#approveAgreementAsHostAction"]: entry(hostApproval, approveAgreementAsHost),
  ["app/mina-sidor/actions.ts#approveOwnAgreementAction"]: entry(ownApproval, approveAgreementAsParticipant),
  ["app/mina-sidor/actions.ts#writeOwnViewAction"]: entry(ownViewInput, writeOwnView),
  ["app/mina-sidor/actions.ts#answerFollowUpAction"]: entry(followUpResponseInput, respondToFollowUp),
  ["app/handlaggare/deltagare/[id]/inloggning/actions.ts#issueParticipantCodeAction"]: entry(participantCodeIssue, issueParticipantCode),
  ["app/handlaggare/deltagare/[id]/inloggning/actions.ts#endParticipantAccessAction"]: entry(participantAccessEnding, endParticipantAccess),
};
