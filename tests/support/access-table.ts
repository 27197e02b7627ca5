// The one authorization table: every page and every server action, who may use it, and in what scope.
// tests/e2e/access-matrix.spec.ts tries every row as every kind of visitor against the built app;
// tests/unit/access-table.test.ts fails when a page or an exported server action is missing here.
// A new page or action adds its row here (and, when it takes a record, says which kind and how to fill its form).
import { randomInt } from "node:crypto";
import { RETENTION, retentionCutoff } from "../../lib/rules/data-protection";
import type { Role } from "../../lib/server/generated/prisma/enums";
import { addDaysIso as addDays } from "../../lib/rules/dates";
import { newApiKey } from "../../lib/api/token";
import { newParticipantCode } from "../../lib/server/participant-access/code";
import { testOrganisationNumber, uniqueTestPersonalNumber } from "./factories";

/** Who asks. `unitId`/`providerId` place them; a deactivated or signed-out visitor has no session that counts. */
export type Actor = {
  label: string;
  role: Role | null;
  unitId: string | null;
  providerId: string | null;
  session: "live" | "deactivated" | "none";
  /** A coordinator the admin has granted no scope: the dashboard shows no figures, an export finds nothing. */
  noCoverage?: true;
  /** An anordnare who logs in as a supervisor, of none of the records tried: they see only the placements they supervise. */
  supervisesNone?: true;
  /** A case officer an admin has granted the review of their unit's accesses (logguppföljning). */
  reviewer?: true;
  /** A participant's own login (DELTAGARE): whose case it opens. */
  participantId?: string;
};

/** A record an id in a URL or a form points at, with what decides whose it is. */
export type Subject = {
  label: string;
  unitId: string | null;
  providerId: string | null;
  /**
   * Ids by name: participantId, placementId, providerId, supervisorId, colleagueId (an officer of the subject's unit),
   * followUpId, proposalId, userId (a coordinator's or an officer's account), reviewItemId (a sampled access), and the versions a form must carry (placementVersion).
   */
  ids: Record<string, string>;
  /** A well-formed id that names no record: every permitted role gets not found. */
  missing?: true;
};

/**
 * `followUp` is a draft at the placement's provider, `submittedFollowUp` one sent to the case officer,
 * `proposal` a waiting proposal of the provider's, `coordinator` a coordinator's user (an account an admin manages),
 * `deactivatedUser` an account an admin has deactivated, `linkedUser` one linked to the organisation's sign-in (OIDC),
 * `apiKey` a live API key of the side's provider, `reviewItem` a sampled access to a participant of the unit (by
 * another officer of it), `officerAccount` a case officer's account without the reviewer permission, `reviewerAccount` one with it;
 * `agreementDraft`, `sentAgreement` and `agreementAwaitingOfficer`
 * a running placement whose agreement is a draft, sent for approval, or approved by the host and the participant.
 */
export type SubjectKind =
  | "participant"
  | "placement"
  | "provider"
  | "supervisor"
  | "followUp"
  | "submittedFollowUp"
  | "proposal"
  | "coordinator"
  | "deactivatedUser"
  | "linkedUser"
  | "apiKey"
  | "reviewItem"
  | "officerAccount"
  | "reviewerAccount"
  | "agreementDraft"
  | "sentAgreement"
  | "agreementAwaitingOfficer"
  | "participantWithLogin";

/**
 * How far a permitted role reaches:
 * - `role`: the role alone decides (no record, or every record);
 * - `unit`: records of the actor's own unit; others answer not found;
 * - `provider`: records at the actor's own provider; others answer not found;
 * - `editor`: a provider record any case officer may see, changed only by its registering unit or an admin
 *   (another unit's officer is refused with 403: the record is no secret to them; ADR 0005);
 * - `coverage`: a coordinator's figures, within the scope an admin granted; with none there is nothing to find;
 * - `reviewer`: a case officer with the reviewer permission, on records of their own unit; an officer without it is refused (403);
 * - `self`: a participant, on records of their own case; anyone else's answer not found.
 */
export type Scope = "role" | "unit" | "provider" | "editor" | "coverage" | "reviewer" | "self";

export type PageRow = {
  /** The route as in app/ (a folder path with [params]). */
  route: string;
  roles: readonly Role[];
  scope: Scope;
  /** The kind of record the route's params point at, and how each param is filled from it. */
  subject?: { kind: SubjectKind; params: Record<string, string> };
  /** Params that name no record, with the value to try (a view, a form's kind). */
  fixed?: Record<string, string>;
  /** What a permitted visitor gets: the page, or a redirect to their start page. */
  permitted?: "ok" | "redirect";
  /** Anyone may open it, signed in or not. */
  open?: true;
  /** The REST API: a session opens nothing (401); it takes an API key, tried key by key in tests/e2e/api.spec.ts. */
  bearer?: true;
};

export type ActionRow = {
  /** "app/…/actions.ts#exportName", as in Next's server-reference manifest. */
  action: string;
  /** A page whose form posts to the action (the action id must belong to that page's bundle). */
  page: string;
  /** How the page's params are filled from the subject (default: id from the placement's or participant's id). */
  pageParams?: Record<string, string>;
  /** The page's params that name no record. */
  pageFixed?: Record<string, string>;
  /** `form`: the action is called with the form alone (an autosave), not with a previous state and the form. */
  takes?: "form";
  roles: readonly Role[];
  scope: Scope;
  subject?: SubjectKind;
  /** A valid form for the subject (or for none): what a permitted visitor's submit succeeds with; `self` is the visitor's own password. */
  form: (subject: Subject | null, day: string, self?: { password: string }) => Record<string, string>;
};

const OFFICER: readonly Role[] = ["HANDLAGGARE"];
const PARTICIPANT: readonly Role[] = ["DELTAGARE"];
/** Every role, the participant's included: pages that send any signed-in visitor on. */
const ANYONE: readonly Role[] = ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN", "DELTAGARE"];
const HOST: readonly Role[] = ["ANORDNARE"];
const EVERY_ROLE: readonly Role[] = ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN"];
const PROVIDER_KEEPERS: readonly Role[] = ["HANDLAGGARE", "ADMIN"];

const participantPage = (route: string): PageRow => ({ route, roles: OFFICER, scope: "unit", subject: { kind: "participant", params: { id: "participantId" } } });
const placementPage = (route: string): PageRow => ({ route, roles: OFFICER, scope: "unit", subject: { kind: "placement", params: { id: "placementId" } } });
const accountPage = (route: string): PageRow => ({ route, roles: ["ADMIN"], scope: "role", subject: { kind: "coordinator", params: { id: "userId" } } });
const hostPage = (route: string, kind: SubjectKind, params: Record<string, string>): PageRow => ({ route, roles: HOST, scope: "provider", subject: { kind, params } });

export const PAGES: readonly PageRow[] = [
  { route: "/logga-in", roles: ANYONE, scope: "role", open: true },
  { route: "/logga-in/deltagare", roles: ANYONE, scope: "role", open: true },
  { route: "/", roles: ANYONE, scope: "role", permitted: "redirect" },
  { route: "/mina-sidor", roles: PARTICIPANT, scope: "role" },
  { route: "/mina-sidor/vem-har-last", roles: PARTICIPANT, scope: "role" },
  { route: "/mina-sidor/placeringar/[id]", roles: PARTICIPANT, scope: "self", subject: { kind: "placement", params: { id: "placementId" } } },
  { route: "/mina-sidor/placeringar/[id]/overenskommelse", roles: PARTICIPANT, scope: "self", subject: { kind: "sentAgreement", params: { id: "placementId" } } },
  participantPage("/handlaggare/deltagare/[id]/inloggning"),
  { route: "/handlaggare", roles: OFFICER, scope: "role" },
  { route: "/handlaggare/deltagare/ny", roles: OFFICER, scope: "role" },
  participantPage("/handlaggare/deltagare/[id]"),
  participantPage("/handlaggare/deltagare/[id]/andra"),
  participantPage("/handlaggare/deltagare/[id]/bedomning/ny"),
  participantPage("/handlaggare/deltagare/[id]/flytta"),
  participantPage("/handlaggare/deltagare/[id]/handlingsplan"),
  participantPage("/handlaggare/deltagare/[id]/milstolpe/ny"),
  participantPage("/handlaggare/deltagare/[id]/placering/ny"),
  participantPage("/handlaggare/deltagare/[id]/registerutdrag"),
  participantPage("/handlaggare/deltagare/[id]/atkomstlogg"),
  participantPage("/handlaggare/deltagare/[id]/samtycke"),
  placementPage("/handlaggare/placeringar/[id]"),
  placementPage("/handlaggare/placeringar/[id]/forlang"),
  placementPage("/handlaggare/placeringar/[id]/forkorta"),
  placementPage("/handlaggare/placeringar/[id]/avsluta"),
  placementPage("/handlaggare/placeringar/[id]/makulera"),
  { route: "/handlaggare/inkorg", roles: OFFICER, scope: "role" },
  { route: "/handlaggare/uppfoljningar/[id]", roles: OFFICER, scope: "unit", subject: { kind: "submittedFollowUp", params: { id: "followUpId" } } },
  { route: "/handlaggare/forslag/[id]", roles: OFFICER, scope: "unit", subject: { kind: "proposal", params: { id: "proposalId" } } },
  { route: "/handlaggare/anordnare", roles: OFFICER, scope: "role" },
  { route: "/handlaggare/anordnare/ny", roles: OFFICER, scope: "role" },
  { route: "/handlaggare/anordnare/[id]", roles: OFFICER, scope: "role", subject: { kind: "provider", params: { id: "providerId" } } },
  { route: "/handlaggare/anordnare/[id]/andra", roles: OFFICER, scope: "editor", subject: { kind: "provider", params: { id: "providerId" } } },
  { route: "/handlaggare/anordnare/[id]/handledare/ny", roles: OFFICER, scope: "editor", subject: { kind: "provider", params: { id: "providerId" } } },
  {
    route: "/handlaggare/anordnare/[id]/handledare/[supervisorId]",
    roles: OFFICER,
    scope: "editor",
    subject: { kind: "supervisor", params: { id: "providerId", supervisorId: "supervisorId" } },
  },
  { route: "/anordnare", roles: HOST, scope: "role" },
  hostPage("/anordnare/placeringar/[id]", "placement", { id: "placementId" }),
  { ...hostPage("/anordnare/placeringar/[id]/forslag/[typ]", "placement", { id: "placementId" }), fixed: { typ: "forlangning" } },
  hostPage("/anordnare/uppfoljningar/[id]", "followUp", { id: "followUpId" }),
  { route: "/koordinator", roles: ["KOORDINATOR"], scope: "role" },
  { route: "/admin", roles: ["ADMIN"], scope: "role" },
  { route: "/admin/gallring", roles: ["ADMIN"], scope: "role" },
  { route: "/admin/logg", roles: ["ADMIN"], scope: "role" },
  { route: "/admin/anvandare/ny", roles: ["ADMIN"], scope: "role" },
  accountPage("/admin/anvandare/[id]"),
  accountPage("/admin/anvandare/[id]/andra"),
  accountPage("/admin/anvandare/[id]/losenord"),
  accountPage("/admin/anvandare/[id]/omfattning"),
  { route: "/byt-losenord", roles: EVERY_ROLE, scope: "role" },
  { route: "/mina-sessioner", roles: EVERY_ROLE, scope: "role" },
  { route: "/mina-sessioner/avsluta", roles: EVERY_ROLE, scope: "role" },
  accountPage("/admin/anvandare/[id]/inloggning"),
  { route: "/admin/api-nycklar", roles: ["ADMIN"], scope: "role" },
  { route: "/admin/api-nycklar/ny", roles: ["ADMIN"], scope: "role" },
  { route: "/aviseringar", roles: EVERY_ROLE, scope: "role" },
  { route: "/handlaggare/granskning", roles: OFFICER, scope: "reviewer" },
  { route: "/handlaggare/granskning/[id]", roles: OFFICER, scope: "reviewer", subject: { kind: "reviewItem", params: { id: "reviewItemId" } } },
  { route: "/admin/granskning", roles: ["ADMIN"], scope: "role" },
  // Only a session held at the second factor stays on these; a signed-in visitor is sent on (HELD_SESSION_ACTIONS).
  { route: "/tvastegsverifiering", roles: ANYONE, scope: "role", permitted: "redirect" },
  { route: "/tvastegsverifiering/aktivera", roles: ANYONE, scope: "role", permitted: "redirect" },
  placementPage("/handlaggare/placeringar/[id]/overenskommelse"),
  placementPage("/handlaggare/placeringar/[id]/overenskommelse/redigera"),
  hostPage("/anordnare/placeringar/[id]/overenskommelse", "sentAgreement", { id: "placementId" }),
];

/** Route handlers (app/**\/route.ts): files and extracts, tried like pages (a file served is "ok"). */
export const ROUTES: readonly PageRow[] = [
  { route: "/api/health", roles: ANYONE, scope: "role", open: true },
  { route: "/api/auth/[...nextauth]", roles: ANYONE, scope: "role", open: true, fixed: { nextauth: "providers" } },
  { route: "/koordinator/export/[view]", roles: ["KOORDINATOR"], scope: "coverage", fixed: { view: "nu" } },
  { route: "/admin/logg/csv", roles: ["ADMIN"], scope: "role" },
  participantPage("/handlaggare/deltagare/[id]/registerutdrag/fil"),
  participantPage("/handlaggare/deltagare/[id]/atkomstlogg/fil"),
  { route: "/koordinator/sus-register", roles: ["KOORDINATOR"], scope: "coverage" },
  { route: "/api/v1/openapi.json", roles: ANYONE, scope: "role", open: true },
  { route: "/api/v1/placements", roles: [], scope: "role", bearer: true },
  { route: "/api/v1/placements/[id]", roles: [], scope: "role", bearer: true, fixed: { id: "00000000-0000-4000-8000-000000000000" } },
  { route: "/api/v1/placements/[id]/follow-ups", roles: [], scope: "role", bearer: true, fixed: { id: "00000000-0000-4000-8000-000000000000" } },
  { route: "/api/v1/figures", roles: [], scope: "role", bearer: true },
  { route: "/admin/granskning/csv", roles: ["ADMIN"], scope: "role" },
  { route: "/handlaggare/placeringar/[id]/overenskommelse/pdf", roles: OFFICER, scope: "unit", subject: { kind: "sentAgreement", params: { id: "placementId" } } },
  hostPage("/anordnare/placeringar/[id]/overenskommelse/pdf", "sentAgreement", { id: "placementId" }),
];

const ids = (subject: Subject | null) => subject?.ids ?? {};
// Drawn, not the clock: test files that load this table in the same millisecond would count the same numbers.
let unique = randomInt(100_000_000);
/** A valid organisationsnummer of an aktiebolag (legal form 5), different on every call (from a random start, so two processes differ too). */
const organisationNumber = () => testOrganisationNumber(unique++);
const providerDetails = { name: "Matrisens Anordnare AB", kind: "EMPLOYER", fieldsOfWork: "Lager", municipalityCode: "0980", capacity: "3", interestStatus: "RECEIVED" };
const person = { firstName: "Matris", lastName: "Person", gender: "FEMALE", municipalityCode: "0980", programme: "JOB" };
const PARTICIPANT_FORMS = "app/handlaggare/deltagare/actions.ts";
const PLACEMENT_FORMS = "app/handlaggare/placeringar/actions.ts";
const PROVIDER_FORMS = "app/handlaggare/anordnare/actions.ts";
const FOLLOW_UP_FORMS = "app/anordnare/actions.ts";
const PROPOSAL_FORMS = "app/anordnare/placeringar/[id]/forslag/actions.ts";
const USER_FORMS = "app/admin/anvandare/actions.ts";
const OIDC_LINK_FORMS = "app/admin/anvandare/[id]/inloggning/actions.ts";
const AGREEMENT_FORMS = "app/handlaggare/placeringar/[id]/overenskommelse/actions.ts";

export const ACTIONS: readonly ActionRow[] = [
  { action: `${PARTICIPANT_FORMS}#registerParticipantAction`, page: "/handlaggare/deltagare/ny", roles: OFFICER, scope: "role", form: () => ({ personalIdentityNumber: uniqueTestPersonalNumber(), ...person }) },
  {
    action: `${PARTICIPANT_FORMS}#updateParticipantAction`,
    page: "/handlaggare/deltagare/ny",
    roles: OFFICER,
    scope: "unit",
    subject: "participant",
    form: (s) => ({ participantId: ids(s).participantId!, version: "1", ...person, firstName: "Ändrad" }),
  },
  {
    action: `${PARTICIPANT_FORMS}#transferParticipantAction`,
    page: "/handlaggare/deltagare/ny",
    roles: OFFICER,
    scope: "unit",
    subject: "participant",
    form: (s) => ({ participantId: ids(s).participantId!, version: "1", responsibleOfficerId: ids(s).colleagueId! }),
  },
  {
    action: `${PARTICIPANT_FORMS}#recordAssessmentAction`,
    page: "/handlaggare/deltagare/ny",
    roles: OFFICER,
    scope: "unit",
    subject: "participant",
    form: (s, day) => ({ participantId: ids(s).participantId!, assessmentDate: day, assessmentReasoning: "Skäl", assessmentConclusion: "Lämpligt", assessmentSuitable: "on" }),
  },
  {
    action: `${PARTICIPANT_FORMS}#saveActionPlanAction`,
    page: "/handlaggare/deltagare/ny",
    roles: OFFICER,
    scope: "unit",
    subject: "participant",
    form: (s) => ({ participantId: ids(s).participantId!, version: "0", goals: "Mål", competenceAnalysis: "Analys" }),
  },
  {
    action: `${PARTICIPANT_FORMS}#recordMilestoneAction`,
    page: "/handlaggare/deltagare/ny",
    roles: OFFICER,
    scope: "unit",
    subject: "participant",
    form: (s, day) => ({ participantId: ids(s).participantId!, kind: "CV_DONE", date: day }),
  },
  {
    action: "app/handlaggare/deltagare/[id]/placering/ny/actions.ts#registerPlacementAction",
    page: "/handlaggare/deltagare/[id]/placering/ny",
    roles: OFFICER,
    scope: "unit",
    subject: "participant",
    form: (s, day) => ({
      participantId: ids(s).participantId!,
      providerId: ids(s).providerId!,
      programme: "JOB",
      kind: "ARBETSTRANING",
      mode: "ON_SITE",
      decisionDate: day,
      startDate: addDays(day, 200),
      plannedEndDate: addDays(day, 260),
      hoursPerWeek: "20",
      goals: "Mål",
      tasks: "Uppgifter",
      aioReason: "QUEUE",
      assessmentChoice: "NEW",
      assessmentDate: day,
      assessmentReasoning: "Skäl",
      assessmentConclusion: "Lämpligt",
      assessmentSuitable: "on",
    }),
  },
  {
    action: `${PLACEMENT_FORMS}#extendPlacementAction`,
    page: "/handlaggare/placeringar/[id]/forlang",
    roles: OFFICER,
    scope: "unit",
    subject: "placement",
    form: (s, day) => ({ placementId: ids(s).placementId!, version: "1", newPlannedEndDate: addDays(day, 90) }),
  },
  {
    action: `${PLACEMENT_FORMS}#shortenPlacementAction`,
    page: "/handlaggare/placeringar/[id]/forkorta",
    roles: OFFICER,
    scope: "unit",
    subject: "placement",
    form: (s, day) => ({ placementId: ids(s).placementId!, version: "1", newPlannedEndDate: addDays(day, 30), reason: "Kortare" }),
  },
  {
    action: `${PLACEMENT_FORMS}#endPlacementAction`,
    page: "/handlaggare/placeringar/[id]/avsluta",
    roles: OFFICER,
    scope: "unit",
    subject: "placement",
    form: (s, day) => ({ placementId: ids(s).placementId!, version: "1", actualEndDate: day, endReasonCode: "COMPLETED", outcomeKind: "WORK" }),
  },
  {
    action: `${PLACEMENT_FORMS}#cancelPlacementAction`,
    page: "/handlaggare/placeringar/[id]/makulera",
    roles: OFFICER,
    scope: "unit",
    subject: "placement",
    form: (s) => ({ placementId: ids(s).placementId!, version: "1", reason: "Fel person" }),
  },
  { action: `${PROVIDER_FORMS}#registerProviderAction`, page: "/handlaggare/anordnare/ny", roles: PROVIDER_KEEPERS, scope: "role", form: () => ({ organisationNumber: organisationNumber(), ...providerDetails }) },
  {
    action: `${PROVIDER_FORMS}#updateProviderAction`,
    page: "/handlaggare/anordnare/ny",
    roles: PROVIDER_KEEPERS,
    scope: "editor",
    subject: "provider",
    form: (s) => ({ providerId: ids(s).providerId!, version: "1", organisationNumber: ids(s).organisationNumber!, ...providerDetails }),
  },
  {
    action: `${PROVIDER_FORMS}#addSupervisorAction`,
    page: "/handlaggare/anordnare/ny",
    roles: PROVIDER_KEEPERS,
    scope: "editor",
    subject: "provider",
    form: (s) => ({ providerId: ids(s).providerId!, name: "Ny Handledare", phone: "070-123 45 67" }),
  },
  {
    action: `${PROVIDER_FORMS}#updateSupervisorAction`,
    page: "/handlaggare/anordnare/ny",
    roles: PROVIDER_KEEPERS,
    scope: "editor",
    subject: "supervisor",
    form: (s) => ({ supervisorId: ids(s).supervisorId!, name: "Ändrad Handledare", phone: "070-123 45 67", active: "on" }),
  },
  {
    action: `${PARTICIPANT_FORMS}#withdrawConsentAction`,
    page: "/handlaggare/deltagare/[id]/samtycke",
    roles: OFFICER,
    scope: "unit",
    subject: "participant",
    form: (s, day) => ({ participantId: ids(s).participantId!, version: "1", withdrawnOn: day, note: "Per telefon" }),
  },
  {
    action: "app/handlaggare/uppfoljningar/actions.ts#reviewFollowUpAction",
    page: "/handlaggare/uppfoljningar/[id]",
    pageParams: { id: "followUpId" },
    roles: OFFICER,
    scope: "unit",
    subject: "submittedFollowUp",
    form: (s) => ({ followUpId: ids(s).followUpId!, version: "1", decision: "NONE" }),
  },
  {
    action: "app/handlaggare/forslag/actions.ts#answerProposalAction",
    page: "/handlaggare/forslag/[id]",
    pageParams: { id: "proposalId" },
    roles: OFFICER,
    scope: "unit",
    subject: "proposal",
    form: (s) => ({ proposalId: ids(s).proposalId!, version: "1", placementVersion: ids(s).placementVersion!, decision: "REJECT", answerReason: "Inte nu" }),
  },
  {
    action: `${FOLLOW_UP_FORMS}#startFollowUpAction`,
    page: "/anordnare/placeringar/[id]",
    roles: HOST,
    scope: "provider",
    subject: "placement",
    form: (s) => ({ placementId: ids(s).placementId! }),
  },
  {
    action: `${FOLLOW_UP_FORMS}#saveFollowUpDraftAction`,
    page: "/anordnare/uppfoljningar/[id]",
    takes: "form",
    pageParams: { id: "followUpId" },
    roles: HOST,
    scope: "provider",
    subject: "followUp",
    form: (s) => ({ followUpId: ids(s).followUpId!, version: "1", tasks: "Plock och pack" }),
  },
  {
    action: `${FOLLOW_UP_FORMS}#submitFollowUpAction`,
    page: "/anordnare/uppfoljningar/[id]",
    pageParams: { id: "followUpId" },
    roles: HOST,
    scope: "provider",
    subject: "followUp",
    form: (s, day) => followUpForm(ids(s).followUpId!, day),
  },
  {
    action: `${FOLLOW_UP_FORMS}#startCorrectionAction`,
    page: "/anordnare/uppfoljningar/[id]",
    pageParams: { id: "followUpId" },
    roles: HOST,
    scope: "provider",
    subject: "submittedFollowUp",
    form: (s) => ({ followUpId: ids(s).followUpId! }),
  },
  {
    action: `${PROPOSAL_FORMS}#makeProposalAction`,
    page: "/anordnare/placeringar/[id]/forslag/[typ]",
    pageParams: { id: "placementId" },
    pageFixed: { typ: "forlangning" },
    roles: HOST,
    scope: "provider",
    subject: "placement",
    form: (s, day) => ({ placementId: ids(s).placementId!, kind: "EXTEND", newEndDate: addDays(day, 90), reasonCode: "OTHER", justification: "Behöver mer tid" }),
  },
  {
    action: `${PROPOSAL_FORMS}#withdrawProposalAction`,
    page: "/anordnare/placeringar/[id]",
    pageParams: { id: "placementId" },
    roles: HOST,
    scope: "provider",
    subject: "proposal",
    form: (s) => ({ proposalId: ids(s).proposalId!, version: "1" }),
  },
  {
    action: "app/admin/gallring/actions.ts#confirmRetentionAction",
    page: "/admin/gallring",
    roles: ["ADMIN"],
    scope: "role",
    form: (_s, day) => ({ cutoff: retentionCutoff(day, Number(process.env.STEGVIS_RETENTION_YEARS?.trim() || RETENTION.defaultYears)), confirmed: "on" }),
  },
  {
    action: "app/admin/anvandare/[id]/omfattning/actions.ts#setCoordinatorScopeAction",
    page: "/admin/anvandare/[id]/omfattning",
    pageParams: { id: "userId" },
    roles: ["ADMIN"],
    scope: "role",
    subject: "coordinator",
    form: (s) => ({ userId: ids(s).userId!, omfattning: "nationell" }),
  },
  { action: `${USER_FORMS}#createUserAction`, page: "/admin/anvandare/ny", roles: ["ADMIN"], scope: "role", form: () => ({ name: "Matris Användare", email: `matris-${unique++}@exempel.se`, role: "KOORDINATOR", password: strongPassword() }) },
  accountAction("updateUserAction", "/admin/anvandare/[id]/andra", (s) => ({ userId: ids(s).userId!, version: "1", name: "Ändrad Koordinator", role: "KOORDINATOR" })),
  accountAction("deactivateUserAction", "/admin/anvandare/[id]", (s) => ({ userId: ids(s).userId!, version: "1" })),
  { ...accountAction("reactivateUserAction", "/admin/anvandare/[id]", (s) => ({ userId: ids(s).userId!, version: "1" })), subject: "deactivatedUser" },
  accountAction("resetPasswordAction", "/admin/anvandare/[id]/losenord", (s) => ({ userId: ids(s).userId!, version: "1", password: strongPassword() })),
  accountAction("endUserSessionsAction", "/admin/anvandare/[id]", (s) => ({ userId: ids(s).userId! })),
  {
    action: "app/byt-losenord/actions.ts#changePasswordAction",
    page: "/byt-losenord",
    roles: EVERY_ROLE,
    scope: "role",
    form: (_s, _day, self) => {
      const next = strongPassword();
      return { currentPassword: self?.password ?? "", newPassword: next, repeatPassword: next };
    },
  },
  {
    action: "app/admin/api-nycklar/actions.ts#createApiKeyAction",
    page: "/admin/api-nycklar/ny",
    roles: ["ADMIN"],
    scope: "role",
    subject: "apiKey",
    form: (s) => ({ namn: "Matrisens nyckel", typ: "anordnare", anordnare: ids(s).providerId!, nyckel: newApiKey() }),
  },
  { action: "app/admin/api-nycklar/actions.ts#revokeApiKeyAction", page: "/admin/api-nycklar", roles: ["ADMIN"], scope: "role", subject: "apiKey", form: (s) => ({ apiKeyId: ids(s).apiKeyId! }) },
  { action: "app/mina-sessioner/actions.ts#endOwnSessionsAction", page: "/mina-sessioner", roles: EVERY_ROLE, scope: "role", form: (_s, _day, self) => ({ password: self?.password ?? "" }) },
  {
    ...accountAction("linkOidcAction", "/admin/anvandare/[id]/inloggning", (s) => ({ userId: ids(s).userId!, version: "1", subject: `matris-${unique++}` })),
    action: `${OIDC_LINK_FORMS}#linkOidcAction`,
  },
  {
    ...accountAction("unlinkOidcAction", "/admin/anvandare/[id]/inloggning", (s) => ({ userId: ids(s).userId!, version: "1" })),
    action: `${OIDC_LINK_FORMS}#unlinkOidcAction`,
    subject: "linkedUser",
  },
  // A user's notices are their whole scope: an id of none of theirs marks nothing and answers as done (lib/server/notices/commands.ts).
  { action: "app/aviseringar/actions.ts#markNoticeReadAction", page: "/aviseringar", roles: EVERY_ROLE, scope: "role", form: () => ({ noticeId: crypto.randomUUID() }) },
  { action: "app/aviseringar/actions.ts#markAllNoticesReadAction", page: "/aviseringar", roles: EVERY_ROLE, scope: "role", form: () => ({ shownUpTo: new Date().toISOString() }) },
  { action: "app/aviseringar/actions.ts#setNoticeDigestAction", page: "/aviseringar", roles: EVERY_ROLE, scope: "role", form: () => ({ digest: "av" }) },
  {
    action: "app/handlaggare/granskning/actions.ts#decideAccessReviewAction",
    page: "/handlaggare/granskning/[id]",
    pageParams: { id: "reviewItemId" },
    roles: OFFICER,
    scope: "reviewer",
    subject: "reviewItem",
    form: (s) => ({ itemId: ids(s).reviewItemId!, version: "1", decision: "FLAGGED", reason: "Ingen placering hos oss" }),
  },
  { ...accountAction("grantAccessReviewerAction", "/admin/anvandare/[id]", (s) => ({ userId: ids(s).userId!, version: "1" })), subject: "officerAccount" },
  { ...accountAction("revokeAccessReviewerAction", "/admin/anvandare/[id]", (s) => ({ userId: ids(s).userId!, version: "1" })), subject: "reviewerAccount" },
  accountAction("resetSecondFactorAction", "/admin/anvandare/[id]", (s) => ({ userId: ids(s).userId!, version: "1" })),
  {
    action: `${AGREEMENT_FORMS}#saveAgreementDraftAction`,
    page: "/handlaggare/placeringar/[id]/overenskommelse/redigera",
    roles: OFFICER,
    scope: "unit",
    subject: "placement",
    form: (s) => ({
      placementId: ids(s).placementId!,
      version: "0",
      purpose: "Pröva lagerarbete",
      "goals[0].category": "WORK_EXPERIENCE",
      "goals[0].description": "Arbeta fyra timmar om dagen",
      tasks: "Plock och pack",
      schedule: "Måndag–torsdag 8–13",
      hoursPerWeek: "20",
      followUpPlan: "Var fjärde vecka",
    }),
  },
  agreementAction("sendAgreementAction", "agreementDraft", (s) => ({ placementId: ids(s).placementId!, version: "1" })),
  agreementAction("approveForParticipantAction", "sentAgreement", (s) => ({ versionId: ids(s).versionId!, onBehalfReason: "NO_E_ID" })),
  agreementAction("approveAgreementAsOfficerAction", "agreementAwaitingOfficer", (s) => ({ versionId: ids(s).versionId! })),
  {
    action: "app/anordnare/placeringar/[id]/overenskommelse/actions.ts#approveAgreementAsHostAction",
    page: "/anordnare/placeringar/[id]/overenskommelse",
    pageParams: { id: "placementId" },
    roles: HOST,
    scope: "provider",
    subject: "sentAgreement",
    form: (s) => ({ versionId: ids(s).versionId! }),
  },
  {
    action: "app/mina-sidor/actions.ts#approveOwnAgreementAction",
    page: "/mina-sidor/placeringar/[id]/overenskommelse",
    pageParams: { id: "placementId" },
    roles: PARTICIPANT,
    scope: "self",
    subject: "sentAgreement",
    form: (s) => ({ versionId: ids(s).versionId! }),
  },
  {
    action: "app/mina-sidor/actions.ts#writeOwnViewAction",
    page: "/mina-sidor/placeringar/[id]",
    pageParams: { id: "placementId" },
    roles: PARTICIPANT,
    scope: "self",
    subject: "placement",
    form: (s) => ({ placementId: ids(s).placementId!, text: "Det går bra. Jag vill pröva fler uppgifter." }),
  },
  {
    action: "app/mina-sidor/actions.ts#answerFollowUpAction",
    page: "/mina-sidor/placeringar/[id]",
    pageParams: { id: "placementId" },
    roles: PARTICIPANT,
    scope: "self",
    subject: "submittedFollowUp",
    form: (s) => ({ followUpId: ids(s).followUpId!, answer: "stammer-inte", text: "Jag var där alla dagar." }),
  },
  {
    action: "app/handlaggare/deltagare/[id]/inloggning/actions.ts#issueParticipantCodeAction",
    page: "/handlaggare/deltagare/[id]/inloggning",
    roles: OFFICER,
    scope: "unit",
    subject: "participant",
    form: (s) => ({ participantId: ids(s).participantId!, code: newParticipantCode() }),
  },
  {
    action: "app/handlaggare/deltagare/[id]/inloggning/actions.ts#endParticipantAccessAction",
    page: "/handlaggare/deltagare/[id]/inloggning",
    roles: OFFICER,
    scope: "unit",
    subject: "participantWithLogin",
    form: (s) => ({ participantId: ids(s).participantId! }),
  },
];

/** The officer's agreement commands, posted from the agreement's page. */
function agreementAction(name: string, subject: SubjectKind, form: ActionRow["form"]): ActionRow {
  return { action: `${AGREEMENT_FORMS}#${name}`, page: "/handlaggare/placeringar/[id]/overenskommelse", pageParams: { id: "placementId" }, roles: OFFICER, scope: "unit", subject, form };
}

/**
 * Actions that take no input and end the caller's own session. They cannot join the matrix's actions (its
 * visitors keep one session for every try) and have nothing to fuzz; each names the test that proves it.
 */
export const SESSION_ENDING_ACTIONS: readonly { action: string; roles: readonly Role[]; provenBy: string }[] = [
  {
    action: "app/logga-ut/actions.ts#signOutAction",
    roles: EVERY_ROLE,
    provenBy: "tests/e2e/security.spec.ts › signing out in the browser ends the session for every copy of its cookie",
  },
];

/**
 * The second factor's forms: they act only for a session held at the code (a signed-in visitor is sent on, one
 * signed out to sign-in), which the matrix's signed-in visitors never are; each names the test that proves it.
 */
export const HELD_SESSION_ACTIONS: readonly { action: string; roles: readonly Role[]; provenBy: string }[] = [
  {
    action: "app/tvastegsverifiering/actions.ts#verifySecondFactorAction",
    roles: EVERY_ROLE,
    provenBy: "tests/e2e/second-factor.spec.ts › a new case officer sets up the app at the first sign-in, and after that cannot sign in without a code",
  },
  {
    action: "app/tvastegsverifiering/actions.ts#confirmEnrolmentAction",
    roles: EVERY_ROLE,
    provenBy: "tests/e2e/second-factor.spec.ts › a new case officer sets up the app at the first sign-in, and after that cannot sign in without a code",
  },
];

/** An admin's action on another user's account, posted from the account's pages. */
function accountAction(name: string, page: string, form: ActionRow["form"]): ActionRow {
  return { action: `${USER_FORMS}#${name}`, page, pageParams: { id: "userId" }, roles: ["ADMIN"], scope: "role", subject: "coordinator", form };
}

/** A password the rules accept (long, not common, not the address), different on every call. */
function strongPassword(): string {
  return `Lingon-och-blåbär-${unique++}-Gotland!`;
}

/** A complete follow-up of a placement started at least five days before `day`, up to `day`. */
export function followUpForm(followUpId: string, day: string): Record<string, string> {
  return {
    followUpId,
    version: "1",
    date: day,
    periodFrom: addDays(day, -5),
    periodTo: day,
    plannedHours: "20",
    attendedHours: "20",
    tasks: "Plock och pack",
    "abilities[0].area": "Passa tider",
    "abilities[0].rating": "3",
    participantView: "Trivs",
  };
}

function inScope(scope: Scope, actor: Actor, subject: Subject | null): boolean {
  if (scope === "coverage") return !actor.noCoverage;
  if (scope === "self") return actor.participantId !== undefined && actor.participantId === subject?.ids.participantId;
  if (scope === "reviewer") return !subject || (actor.unitId !== null && actor.unitId === subject.unitId);
  if (!subject || scope === "role") return true;
  if (scope === "unit") return actor.unitId !== null && actor.unitId === subject.unitId;
  if (scope === "provider") return actor.providerId !== null && actor.providerId === subject.providerId && !actor.supervisesNone;
  return actor.role === "ADMIN" || (actor.unitId !== null && actor.unitId === subject.unitId);
}

/** What a page must answer this actor for this record. */
export function expectedPage(row: PageRow, actor: Actor, subject: Subject | null): "ok" | "redirect" | "sign-in" | "forbidden" | "not-found" | "rejected" {
  if (row.open) return "ok";
  if (row.bearer) return "rejected";
  if (actor.session !== "live") return "sign-in";
  if (!actor.role || !row.roles.includes(actor.role)) return "forbidden";
  if (row.scope === "reviewer" && !actor.reviewer) return "forbidden";
  if (subject?.missing) return "not-found";
  if (!inScope(row.scope, actor, subject)) return row.scope === "editor" ? "forbidden" : "not-found";
  return row.permitted ?? "ok";
}

/**
 * What an action must answer: done for exactly the permitted; a record out of a permitted role's scope is
 * not found; a role the action is not for is refused (403, or 404 where the record lookup already fails).
 */
export function expectedAction(row: ActionRow, actor: Actor, subject: Subject | null): "done" | "sign-in" | "refused" | "not-found" {
  if (actor.session !== "live") return "sign-in";
  if (!actor.role || !row.roles.includes(actor.role)) return "refused";
  if (row.scope === "reviewer" && !actor.reviewer) return "refused";
  if (subject?.missing) return "not-found";
  if (!inScope(row.scope, actor, subject)) return row.scope === "editor" ? "refused" : "not-found";
  return "done";
}

/** A route with its params filled from a record (and the fixed ones as given). */
export function pathFor(route: string, params: Record<string, string> | undefined, subject: Subject | null, fixed: Record<string, string> = {}): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    if (fixed[name] !== undefined) return fixed[name];
    const key = params?.[name] ?? name;
    const value = subject?.ids[key];
    if (!value) throw new Error(`${route}: ingen ${key} i ${subject?.label ?? "utan post"}`);
    return value;
  });
}
