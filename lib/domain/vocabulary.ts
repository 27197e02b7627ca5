/**
 * The closed lists of the domain that are not programme rules, with their Swedish labels. These
 * are the source: the Prisma enums mirror them, and tests/unit/vocabulary.test.ts keeps the two in
 * step. (Programme rules' own codes, such as placement kinds and modes, live in lib/rules.)
 */

const labelled = <Code extends string>(labels: Record<Code, string>) => ({
  codes: Object.keys(labels) as Code[],
  labels,
  options: (Object.entries(labels) as [Code, string][]).map(([value, label]) => ({ value, label })),
});

export const GENDER = labelled({ FEMALE: "Kvinna", MALE: "Man", OTHER: "Annat", UNKNOWN: "Vill inte ange / okänt" });
export type Gender = (typeof GENDER.codes)[number];

export const COMPENSATION = labelled({
  ACTIVITY_SUPPORT: "Aktivitetsstöd",
  DEVELOPMENT_COMPENSATION: "Utvecklingsersättning",
  ESTABLISHMENT_BENEFIT: "Etableringsersättning",
  SOCIAL_ASSISTANCE: "Ekonomiskt bistånd",
  NONE: "Ingen ersättning",
  OTHER: "Annan ersättning",
});
export type Compensation = (typeof COMPENSATION.codes)[number];

export const PROVIDER_KIND = labelled({
  EMPLOYER: "Arbetsgivare",
  ASF: "Arbetsintegrerande socialt företag",
  MUNICIPAL: "Kommunal verksamhet",
  NON_PROFIT: "Ideell organisation",
});
export type ProviderKind = (typeof PROVIDER_KIND.codes)[number];

/** The provider's intresseanmälan (interest registration) and where it stands. */
export const INTEREST_STATUS = labelled({ RECEIVED: "Mottagen", APPROVED: "Godkänd", DECLINED: "Avböjd", WITHDRAWN: "Återkallad" });
export type InterestStatus = (typeof INTEREST_STATUS.codes)[number];

export const PLACEMENT_STATUS = labelled({ PLANNED: "Planerad", ACTIVE: "Pågår", ENDED: "Avslutad", CANCELLED: "Makulerad" });
export type PlacementStatus = (typeof PLACEMENT_STATUS.codes)[number];

export const END_REASON = labelled({
  STARTED_WORK: "Fick arbete",
  STARTED_STUDIES: "Började studera",
  WORK_TRIAL: "Går vidare till arbetsprövning",
  OTHER_MEASURE: "Går vidare till en annan insats",
  ILLNESS: "Sjukdom",
  DID_NOT_ATTEND: "Kom inte till platsen",
  COMPLETED: "Perioden är genomförd",
  OTHER: "Annat skäl",
});
export type EndReason = (typeof END_REASON.codes)[number];

export const OUTCOME_KIND = labelled({
  WORK: "Arbete",
  STUDIES: "Studier",
  WORK_TRIAL: "Arbetsprövning",
  OTHER_MEASURE: "Annan insats",
  INTERRUPTED: "Avbrott",
});
export type OutcomeKind = (typeof OUTCOME_KIND.codes)[number];

export const PLACEMENT_EVENT = labelled({
  REGISTERED: "Registrerad",
  EXTENDED: "Förlängd",
  SHORTENED: "Förkortad",
  ENDED: "Avslutad",
  CANCELLED: "Makulerad (registrerad av misstag)",
  START_CHANGED: "Nytt startdatum",
  TERMS_CHANGED: "Nya villkor",
});
export type PlacementEventKind = (typeof PLACEMENT_EVENT.codes)[number];

export const MILESTONE = labelled({
  CV_DONE: "CV klart",
  COVER_LETTER_DONE: "Personligt brev klart",
  EMPLOYER_CONTACT: "Kontakt med arbetsgivare",
  JOB_INTERVIEW: "Anställningsintervju",
  NEXT_STEP_PROPOSED: "Nästa steg föreslaget",
  PREPARATORY_TRAINING: "Förberedande arbetsträning",
  WORK_TRIAL: "Arbetsprövning",
});
export type MilestoneKind = (typeof MILESTONE.codes)[number];

/** Attendance against the agreed schedule, as the host records it at a follow-up. */
export const ATTENDANCE = labelled({
  AS_AGREED: "Enligt överenskommelse",
  MOSTLY: "Till största delen",
  PARTLY: "Delvis",
  RARELY: "Sällan",
  ABSENT: "Inte alls",
});
export type Attendance = (typeof ATTENDANCE.codes)[number];

/** Where a follow-up stands: the host's draft, sent to the case officer, read by the case officer. */
export const FOLLOW_UP_STATE = labelled({ DRAFT: "Utkast", SUBMITTED: "Inskickad, inte granskad", REVIEWED: "Granskad", SUPERSEDED: "Ersatt av en rättelse" });
export type FollowUpState = (typeof FOLLOW_UP_STATE.codes)[number];

/** What a participant writes in their own view (Mina sidor): their view before a follow-up, or their answer to one. */
export const STATEMENT_KIND = labelled({ BEFORE_FOLLOW_UP: "Egen bild inför uppföljning", RESPONSE: "Svar på en uppföljning" });
export type StatementKind = (typeof STATEMENT_KIND.codes)[number];

/** What a provider can propose to change in a placement (anordnarens förslag till handläggaren). */
export const PROPOSAL_KIND = labelled({
  EXTEND: "Förlängning",
  END_EARLY: "Avsluta tidigare",
  CHANGE_START: "Nytt startdatum",
  CHANGE_TERMS: "Ändrade timmar eller arbetsuppgifter",
});
export type ProposalKind = (typeof PROPOSAL_KIND.codes)[number];

/** The coded reason a provider gives for a proposal. */
export const PROPOSAL_REASON = labelled({
  ILLNESS: "Sjukdom",
  GOT_JOB: "Deltagaren har fått arbete",
  OTHER_SUPPORT: "Deltagaren behöver annat stöd",
  STUDIES: "Deltagaren ska studera",
  DID_NOT_ATTEND: "Deltagaren kommer inte till platsen",
  OTHER: "Annat skäl",
});
export type ProposalReason = (typeof PROPOSAL_REASON.codes)[number];

/** Where a proposal stands. */
export const PROPOSAL_STATUS = labelled({
  WAITING: "Väntar på svar",
  ACCEPTED: "Godkänt",
  REJECTED: "Avslaget",
  WITHDRAWN: "Återkallat",
  REPLACED: "Ersatt av ett nyare förslag",
});
export type ProposalStatus = (typeof PROPOSAL_STATUS.codes)[number];

/** The parties to a placement agreement (trepartsöverenskommelse). */
export const AGREEMENT_PARTY = labelled({ PARTICIPANT: "Deltagaren", HOST: "Anordnaren", OFFICER: "Handläggaren" });
export type AgreementPartyCode = (typeof AGREEMENT_PARTY.codes)[number];

/** Why the case officer approved an agreement on the participant's behalf. */
export const ON_BEHALF_REASON = labelled({
  NO_E_ID: "Deltagaren har inte e-legitimation",
  NO_DIGITAL_ACCESS: "Deltagaren saknar digital åtkomst",
  IN_PERSON: "Deltagaren godkände vid ett möte",
  ON_PAPER: "Deltagaren godkände på papper",
});
export type OnBehalfReasonCode = (typeof ON_BEHALF_REASON.codes)[number];

/** What a later version of an agreement changes. */
export const AGREEMENT_CHANGE = labelled({
  EXTEND: "Förlängning",
  SHORTEN: "Förkortning",
  START: "Nytt startdatum",
  GOALS: "Syfte och mål",
  TASKS_AND_HOURS: "Arbetsuppgifter, schema och timmar",
  CONTACTS: "Kontaktuppgifter",
  FOLLOW_UP: "Uppföljning",
});
export type AgreementChangeCode = (typeof AGREEMENT_CHANGE.codes)[number];

/** What a goal of the placement aims at (the categories of NAV's arbeidstrening agreement). Kept in JSON, no database enum. */
export const AGREEMENT_GOAL_CATEGORY = labelled({
  JOB_HERE: "Få jobb på arbetsplatsen",
  WORK_EXPERIENCE: "Arbetslivserfarenhet",
  TRY_FIELD: "Pröva ett yrke eller en bransch",
  LANGUAGE: "Språkträning",
  QUALIFICATION: "Få ett intyg eller en behörighet",
  OTHER: "Annat",
});
export type AgreementGoalCategory = (typeof AGREEMENT_GOAL_CATEGORY.codes)[number];
