// Not "server-only": `npm run gallring` runs retention from a script, outside Next.
/**
 * The one list of what in a participant's records names or describes the person, and what retention
 * (gallring) makes of it. Retention applies it column by column; the admin's audit log shows the events
 * about these models without values; `tests/integration/gallring.test.ts` fails when the database has a
 * text or JSON column on one of these tables that is in neither list below.
 */
import { ABILITY_AREAS } from "@/lib/rules";
import { Prisma } from "../generated/prisma/client";

const { sql } = Prisma;

/** How a model's rows reach the participant: the row is the participant, holds `participantId`, or holds `placementId`. */
export type Reach = "self" | "participant" | "placement";

type PersonalModel = {
  reach: Reach;
  /** Column → what gallring sets it to, as SQL on the row (a constant, NULL, or an expression of the row). */
  personal: Record<string, Prisma.Sql>;
  /** Text columns that stay, each with why it is not personal. */
  notPersonal?: Record<string, string>;
};

const NULL = sql`NULL`;
const EMPTY = sql`''`;
/** Emptied but not nulled: a check constraint needs the column set (a cancellation's reason, a rejection's, a terms proposal's tasks, a statement's text). */
const emptiedIfSet = (column: string) => sql`CASE WHEN ${Prisma.raw(`"${column}"`)} IS NULL THEN NULL ELSE '' END`;

/**
 * The ratings on the fixed areas stay (they describe no one once the name is gone); the provider's note
 * on each goes, and so do the areas taken from the placement's goals, which were the officer's free text.
 */
const RATINGS_OF_FIXED_AREAS = sql`(
  SELECT COALESCE(jsonb_agg(jsonb_build_object('area', r->'area', 'rating', r->'rating')), '[]'::jsonb)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof("abilityRatings") = 'array' THEN "abilityRatings" ELSE '[]'::jsonb END) AS r
   WHERE jsonb_typeof(r) = 'object' AND r->>'area' = ANY(${[...ABILITY_AREAS]}::text[]))`;

/** An agreement's goals keep their categories (they describe no one) and lose the officer's description of each. */
const GOAL_CATEGORIES = sql`(
  SELECT COALESCE(jsonb_agg(jsonb_build_object('category', g->'category', 'description', '')), '[]'::jsonb)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof("goals") = 'array' THEN "goals" ELSE '[]'::jsonb END) AS g
   WHERE jsonb_typeof(g) = 'object')`;

/** The participant's codes copied onto their records for the dashboard (a trigger keeps them); kept as on the participant. */
const DASHBOARD_COPIES = {
  participantProgramme: "the participant's programme code, copied for the dashboard and kept as on the participant",
  participantMunicipalityCode: "the participant's municipality code, copied for the dashboard and kept as on the participant",
} as const;

export const PERSONAL_DATA = {
  Participant: {
    reach: "self",
    personal: {
      // A number no person has (month 00), unique by the case number, and still 12 digits as the column requires.
      personalIdentityNumber: sql`'00' || lpad("caseNumber"::text, 10, '0')`,
      isCoordinationNumber: sql`false`,
      firstName: sql`'Anonymiserad'`,
      lastName: sql`'deltagare'`,
      consentWithdrawalNote: NULL,
      responsibleOfficerId: NULL,
    },
    notPersonal: {
      municipalityCode: "a municipality code, kept for the statistics by municipality",
      programme: "a programme code, kept for the statistics by programme",
    },
  },
  Placement: {
    reach: "participant",
    personal: { goals: EMPTY, tasks: EMPTY, endReason: emptiedIfSet("endReason"), lateRegistrationReason: NULL, capacityOverrideReason: NULL },
    notPersonal: {
      programme: "a programme code, kept for the statistics by programme",
      ruleSetId: "the id of the rule set that allowed the period, a constant of lib/rules",
      ...DASHBOARD_COPIES,
    },
  },
  PlacementEvent: { reach: "placement", personal: { reason: NULL } },
  PlacementProposal: { reach: "placement", personal: { tasks: emptiedIfSet("tasks"), justification: EMPTY, answerReason: emptiedIfSet("answerReason") } },
  FollowUp: {
    reach: "placement",
    personal: {
      absenceReason: NULL,
      tasks: NULL,
      abilities: NULL,
      abilityRatings: RATINGS_OF_FIXED_AREAS,
      concerns: NULL,
      proposedStageReason: NULL,
      participantView: NULL,
      remoteReview: NULL,
    },
  },
  IndividualAssessment: { reach: "participant", personal: { reasoning: EMPTY, conclusion: EMPTY } },
  StageAssessment: { reach: "participant", personal: { reason: EMPTY }, notPersonal: DASHBOARD_COPIES },
  Outcome: { reach: "participant", personal: { interruptReason: NULL, notes: NULL }, notPersonal: DASHBOARD_COPIES },
  ActionPlan: { reach: "participant", personal: { goals: EMPTY, competenceAnalysis: EMPTY, supportNeeds: NULL } },
  Milestone: { reach: "participant", personal: { note: NULL } },
  /** A notice names no one (the page names the participant when it is read); nothing for gallring to clear. */
  Notice: { reach: "placement", personal: {}, notPersonal: { dedupeKey: "the notice's kind, the placement's id and a date: what makes the daily generation idempotent" } },
  // A flag's reason may say why someone looked at the person: it goes; who looked, when and what stay for the log review's statistics.
  AccessReviewItem: {
    reach: "participant",
    personal: { reason: emptiedIfSet("reason") },
    notPersonal: {
      views: "the audit actions and view codes of the access (READ:caseload), fixed codes of the app",
      relation: "a code for the user's relation to the participant (RESPONSIBLE, UNIT, PROVIDER, NONE)",
    },
  },
  AccessReviewDecision: { reach: "participant", personal: { reason: emptiedIfSet("reason") } },
  AgreementVersion: {
    reach: "placement",
    personal: { purpose: EMPTY, goals: GOAL_CATEGORIES, tasks: EMPTY, schedule: EMPTY, changeReason: NULL, otherContacts: NULL, followUpPlan: EMPTY },
    notPersonal: {
      periodRule: "the sentence of lib/rules that allowed the period",
      supervisorName: "the host's supervisor, a member of the host's staff, not the participant",
      supervisorContact: "the supervisor's work telephone and e-mail",
      officerName: "the case officer, a member of staff",
      officerContact: "the case officer's work telephone and e-mail",
    },
  },
  /** No text: the party, who approved and a coded reason. Listed because it belongs to the participant's placement. */
  AgreementApproval: { reach: "placement", personal: {} },
  /** The participant's own words (Mina sidor): the text goes; the kind, the answer and when stay, describing no one. */
  ParticipantStatement: { reach: "participant", personal: { text: emptiedIfSet("text") } },
} as const satisfies Record<string, PersonalModel>;

export type ParticipantRecordModel = keyof typeof PERSONAL_DATA;

/** The models that are the participant or belong to them: audit events naming one of these are about the participant. */
export const PARTICIPANT_RECORD_MODELS = Object.keys(PERSONAL_DATA) as ParticipantRecordModel[];

export const isParticipantRecord = (entity: string): entity is ParticipantRecordModel => Object.hasOwn(PERSONAL_DATA, entity);

const quoted = (identifier: string) => Prisma.raw(`"${identifier}"`);

/** The rows of `model` that belong to the participants `ids`. */
function rowsOf(reach: Reach, ids: string[]): Prisma.Sql {
  const participants = sql`ANY(${ids}::uuid[])`;
  if (reach === "self") return sql`"id" = ${participants}`;
  if (reach === "participant") return sql`"participantId" = ${participants}`;
  return sql`"placementId" IN (SELECT "id" FROM "Placement" WHERE "participantId" = ${participants})`;
}

/** One UPDATE per model that replaces every personal column of the participants' rows by what the list says. */
export function anonymisingStatements(ids: string[]): Prisma.Sql[] {
  const withPersonalColumns = Object.entries(PERSONAL_DATA).filter(([, { personal }]) => Object.keys(personal).length > 0);
  return withPersonalColumns.map(([model, { reach, personal }]) => {
    const assignments = Prisma.join(
      Object.entries(personal).map(([column, value]) => sql`${quoted(column)} = ${value}`),
      ", ",
    );
    return sql`UPDATE ${quoted(model)} SET ${assignments} WHERE ${rowsOf(reach, ids)}`;
  });
}
