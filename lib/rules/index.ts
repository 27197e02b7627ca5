/**
 * The programme rules of Stegvis: dated data and pure functions that explain
 * themselves. No I/O: only date-fns and the modules beside this one.
 * Dates cross this boundary as ISO calendar dates, "YYYY-MM-DD".
 */
export {
  AIO_REASONS,
  BUILT_IN_PROGRAMMES,
  PLACEMENT_KINDS,
  PLACEMENT_MODES,
  VIOLATION_CODES,
  isAioReason,
  type AioReason,
  type BuiltInProgramme,
  type CustomProgramme,
  type IsoDate,
  type PlacementKind,
  type PlacementMode,
  type Programme,
  type ViolationCode,
} from "./codes";
export {
  AUDIT_RETENTION,
  RETENTION,
  STEGVIS_DATA_PROTECTION,
  consentRefusal,
  dueForRetention,
  mayBeReportedToSus,
  retentionCutoff,
  withdrawnConsentOn,
  type Consent,
  type ConsentBound,
  type RetentionCandidate,
} from "./data-protection";
export { MAX_PERIOD_MONTHS, addDaysIso, daysBetween, isIsoDate, periodEnd } from "./dates";
export { checkProgramme, maxPeriod, type MaxPeriodInput, type MaxPeriodResult } from "./duration";
export {
  FOLLOW_UP_STATUS_LABELS,
  followUpCadence,
  followUpStatus,
  nextFollowUpDue,
  type FollowUpCadence,
  type FollowUpInput,
  type FollowUpStatus,
} from "./follow-up";
export { AIO_REASON_LABELS, AIO_REASON_QUESTION, KIND_LABELS, MODE_LABELS, PROGRAMME_LABELS } from "./labels";
export { checkPlacement, type OtherPlacement, type PlacementInput } from "./placement-check";
export {
  LATE_REGISTRATION,
  STEGVIS_LATE_REGISTRATION,
  isLateRegistration,
  lateRegistration,
  placementStatusOn,
  type StoredPlacementStatus,
} from "./registration";
export { ruleTable, type RuleRow } from "./rule-table";
export {
  AF_DECISION_2023,
  AF_GUIDELINES,
  RULE_SETS,
  STEGVIS_FOLLOW_UP,
  ruleSetFor,
  type DurationLimit,
  type FollowUpRules,
  type KindWithdrawal,
  type ProcuredServiceFirst,
  type RuleSet,
} from "./rule-sets";
export {
  STAGES,
  STAGE_DIRECTION_LABELS,
  STAGE_LABELS,
  stageDirection,
  timeInStages,
  type Stage,
  type StageChange,
  type StageDirection,
} from "./stages";
export type { Violation, ViolationField } from "./violations";
export {
  ABILITY_AREAS,
  ABILITY_SCALE,
  ATTENDANCE_WARNING_FOLLOW_UPS,
  LOW_ATTENDANCE_SHARE,
  PROVIDER_READ_DAYS_AFTER_END,
  abilityAreasFor,
  attendanceBand,
  followUpDateRefusals,
  needsRemoteReview,
  providerAccessEnds,
  providerSeesEndedFrom,
  type AbilityRating,
  type AttendanceBand,
  type FollowUpDateField,
  type FollowUpDates,
} from "./follow-up-content";
export { NOTICE_RULES } from "./notices";
export {
  ACCESS_REVIEW,
  ACCESS_REVIEW_DECISIONS,
  ACCESS_REVIEW_MESSAGES,
  ACCESS_REVIEW_SOURCE,
  ACCESS_REVIEW_STATUS_LABELS,
  decisionReasonHint,
  decisionReasonRefusal,
  monthAfter,
  monthName,
  monthToReview,
  type AccessReviewDecision,
  type AccessReviewStatus,
} from "./access-review";
export {
  AGREEMENT_EXPIRY_DAYS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_WARNING_DAYS,
  STEGVIS_AGREEMENT,
  agreementState,
  approvalRefusal,
  expiresOn,
  expiryWarning,
  expiryWarningDue,
  followUpPlan,
  requiredParties,
  type AgreementChangeKind,
  type AgreementFacts,
  type AgreementParty,
  type AgreementState,
  type AgreementStatus,
  type VersionFacts,
} from "./agreement";
export { OWN_VIEW_MAX_LENGTH, STATEMENT_MESSAGES, answerRefusal, ownViewRefusal, responseRefusal } from "./participant-statement";
