// The one authorization table: every page and every server action, who may use it, and in what scope.
// tests/e2e/access-matrix.spec.ts tries every row as every kind of visitor against the built app;
// tests/unit/access-table.test.ts fails when a page or an exported server action is missing here.
// A new page or action adds its row here (and, when it takes a record, says which kind and how to fill its form).
import type { Role } from "../../lib/server/generated/prisma/enums";

/** Who asks. `unitId`/`providerId` place them; a deactivated or signed-out visitor has no session that counts. */
export type Actor = { label: string; role: Role | null; unitId: string | null; providerId: string | null; session: "live" | "deactivated" | "none" };

/** A record an id in a URL or a form points at, with what decides whose it is. */
export type Subject = {
  label: string;
  unitId: string | null;
  providerId: string | null;
  /** Ids by name: participantId, placementId, providerId, supervisorId, colleagueId (an officer of the subject's unit). */
  ids: Record<string, string>;
  /** A well-formed id that names no record: every permitted role gets not found. */
  missing?: true;
};

export type SubjectKind = "participant" | "placement" | "provider" | "supervisor";

/**
 * How far a permitted role reaches:
 * - `role`: the role alone decides (no record, or every record);
 * - `unit`: records of the actor's own unit; others answer not found;
 * - `provider`: records at the actor's own provider; others answer not found;
 * - `editor`: a provider record any case officer may see, changed only by its registering unit or an admin
 *   (another unit's officer is refused with 403: the record is no secret to them; ADR 0005).
 */
export type Scope = "role" | "unit" | "provider" | "editor";

export type PageRow = {
  /** The route as in app/ (a folder path with [params]). */
  route: string;
  roles: readonly Role[];
  scope: Scope;
  /** The kind of record the route's params point at, and how each param is filled from it. */
  subject?: { kind: SubjectKind; params: Record<string, string> };
  /** What a permitted visitor gets: the page, or a redirect to their start page. */
  permitted?: "ok" | "redirect";
  /** Anyone may open it, signed in or not. */
  open?: true;
};

export type ActionRow = {
  /** "app/…/actions.ts#exportName", as in Next's server-reference manifest. */
  action: string;
  /** A page whose form posts to the action (the action id must belong to that page's bundle). */
  page: string;
  roles: readonly Role[];
  scope: Scope;
  subject?: SubjectKind;
  /** A valid form for the subject (or for none): what a permitted visitor's submit succeeds with. */
  form: (subject: Subject | null, day: string) => Record<string, string>;
};

const OFFICER: readonly Role[] = ["HANDLAGGARE"];
const HOST: readonly Role[] = ["ANORDNARE"];
const EVERY_ROLE: readonly Role[] = ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN"];
const PROVIDER_KEEPERS: readonly Role[] = ["HANDLAGGARE", "ADMIN"];

const participantPage = (route: string): PageRow => ({ route, roles: OFFICER, scope: "unit", subject: { kind: "participant", params: { id: "participantId" } } });
const placementPage = (route: string): PageRow => ({ route, roles: OFFICER, scope: "unit", subject: { kind: "placement", params: { id: "placementId" } } });

export const PAGES: readonly PageRow[] = [
  { route: "/logga-in", roles: EVERY_ROLE, scope: "role", open: true },
  { route: "/", roles: EVERY_ROLE, scope: "role", permitted: "redirect" },
  { route: "/handlaggare", roles: OFFICER, scope: "role" },
  { route: "/handlaggare/deltagare/ny", roles: OFFICER, scope: "role" },
  participantPage("/handlaggare/deltagare/[id]"),
  participantPage("/handlaggare/deltagare/[id]/andra"),
  participantPage("/handlaggare/deltagare/[id]/bedomning/ny"),
  participantPage("/handlaggare/deltagare/[id]/flytta"),
  participantPage("/handlaggare/deltagare/[id]/handlingsplan"),
  participantPage("/handlaggare/deltagare/[id]/milstolpe/ny"),
  participantPage("/handlaggare/deltagare/[id]/placering/ny"),
  placementPage("/handlaggare/placeringar/[id]"),
  placementPage("/handlaggare/placeringar/[id]/forlang"),
  placementPage("/handlaggare/placeringar/[id]/forkorta"),
  placementPage("/handlaggare/placeringar/[id]/avsluta"),
  placementPage("/handlaggare/placeringar/[id]/makulera"),
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
  { route: "/koordinator", roles: ["KOORDINATOR"], scope: "role" },
  { route: "/admin", roles: ["ADMIN"], scope: "role" },
];

const ids = (subject: Subject | null) => subject?.ids ?? {};
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
let unique = Date.now() % 100_000_000;
/** A valid organisationsnummer of an aktiebolag (legal form 5), different on every call. */
function organisationNumber(): string {
  const nine = `5${String(unique++ % 100_000_000).padStart(8, "0")}`.replace(/^(\d\d)[01]/, "$12");
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhn(nine)}`;
}
/** A personnummer in Skatteverket's test series (birth numbers 980–999), different on every call. */
function personalNumber(): string {
  const n = unique++;
  const ten = `${String(60 + (n % 40)).padStart(2, "0")}${String(1 + (Math.floor(n / 40) % 12)).padStart(2, "0")}${String(1 + (Math.floor(n / 480) % 28)).padStart(2, "0")}${980 + (Math.floor(n / 13_440) % 20)}`;
  return `19${ten}${luhn(ten)}`;
}
function luhn(digits: string): number {
  const sum = [...digits].reduce((acc, d, i) => {
    const v = Number(d) * (i % 2 === 0 ? 2 : 1);
    return acc + (v > 9 ? v - 9 : v);
  }, 0);
  return (10 - (sum % 10)) % 10;
}
const providerDetails = { name: "Matrisens Anordnare AB", kind: "EMPLOYER", fieldsOfWork: "Lager", municipalityCode: "0980", capacity: "3", interestStatus: "RECEIVED" };
const person = { firstName: "Matris", lastName: "Person", gender: "FEMALE", municipalityCode: "0980", programme: "JOB" };
const PARTICIPANT_FORMS = "app/handlaggare/deltagare/actions.ts";
const PLACEMENT_FORMS = "app/handlaggare/placeringar/actions.ts";
const PROVIDER_FORMS = "app/handlaggare/anordnare/actions.ts";

export const ACTIONS: readonly ActionRow[] = [
  { action: `${PARTICIPANT_FORMS}#registerParticipantAction`, page: "/handlaggare/deltagare/ny", roles: OFFICER, scope: "role", form: () => ({ personalIdentityNumber: personalNumber(), ...person }) },
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
];

function inScope(scope: Scope, actor: Actor, subject: Subject | null): boolean {
  if (!subject || scope === "role") return true;
  if (scope === "unit") return actor.unitId !== null && actor.unitId === subject.unitId;
  if (scope === "provider") return actor.providerId !== null && actor.providerId === subject.providerId;
  return actor.role === "ADMIN" || (actor.unitId !== null && actor.unitId === subject.unitId);
}

/** What a page must answer this actor for this record. */
export function expectedPage(row: PageRow, actor: Actor, subject: Subject | null): "ok" | "redirect" | "sign-in" | "forbidden" | "not-found" {
  if (row.open) return "ok";
  if (actor.session !== "live") return "sign-in";
  if (!actor.role || !row.roles.includes(actor.role)) return "forbidden";
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
  if (subject?.missing) return "not-found";
  if (!inScope(row.scope, actor, subject)) return row.scope === "editor" ? "refused" : "not-found";
  return "done";
}

/** A route with its params filled from a record. */
export function pathFor(route: string, params: Record<string, string> | undefined, subject: Subject | null): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => {
    const key = params?.[name] ?? name;
    const value = subject?.ids[key];
    if (!value) throw new Error(`${route}: ingen ${key} i ${subject?.label ?? "utan post"}`);
    return value;
  });
}
