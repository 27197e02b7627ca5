// The demo data as plain rows, computed from `today` and a fixed seed: no I/O here, so the
// same `today` always gives the same rows (ids included).
import type { Prisma } from "../../lib/server/generated/prisma/client";
import type {
  AioReason,
  Attendance,
  Compensation,
  FollowUpStatus,
  Gender,
  OutcomeKind,
  PlacementKind,
  PlacementMode,
  PlacementStatus,
  ProviderKind,
  Stage,
} from "../../lib/server/generated/prisma/enums";
import { DEMO_USERS } from "../demo-users";
import * as T from "./content";
import { addDays, addMonths, daysBetween, dbDate, instant, periodEnd, type IsoDate } from "./dates";
import { seedId } from "./ids";
import { fictiveOrganisationNumber, testIdentityNumber, type Sex } from "./identity";
import { Rng } from "./random";
import { abilityAreasFor, nextFollowUpDue } from "../../lib/rules";
import { isoDay } from "../../lib/format/date";

/** What participants of each programme live on (a municipality's own measure: social assistance). */
const COMPENSATION: Record<string, Compensation> = {
  JOB: "ACTIVITY_SUPPORT",
  UGA: "DEVELOPMENT_COMPENSATION",
  ETP: "ESTABLISHMENT_BENEFIT",
};

/** The PRNG seed: change it and every generated detail changes with it. */
export const SEED = 20261123;

export interface UserSeed {
  row: Omit<Prisma.UserCreateManyInput, "passwordHash">;
  /** The demo password, or null for a user nobody can sign in as (a random password). */
  demoPassword: string | null;
}

export interface SeedData {
  units: Prisma.UnitCreateManyInput[];
  providers: Prisma.ProviderCreateManyInput[];
  supervisors: Prisma.SupervisorCreateManyInput[];
  users: UserSeed[];
  /** The demo coordinator's scope grants, so the dashboard has figures. */
  coordinatorScopes: Prisma.CoordinatorScopeCreateManyInput[];
  customProgrammes: Prisma.CustomProgrammeCreateManyInput[];
  participants: Prisma.ParticipantCreateManyInput[];
  outcomes: Prisma.OutcomeCreateManyInput[];
  placements: Prisma.PlacementCreateManyInput[];
  assessments: Prisma.IndividualAssessmentCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  stageAssessments: Prisma.StageAssessmentCreateManyInput[];
}

// ---------------------------------------------------------------- organisations

type UnitKey = "visby" | "nkpg";

const UNITS: Record<UnitKey, { name: string; kind: "ARBETSFORMEDLINGEN" | "MUNICIPALITY"; municipalityCode: string }> = {
  visby: { name: "Arbetsförmedlingen Visby", kind: "ARBETSFORMEDLINGEN", municipalityCode: "0980" },
  nkpg: { name: "Arbetsmarknadsenheten Norrköping", kind: "MUNICIPALITY", municipalityCode: "0581" },
};

/** Ids the seed itself looks up: the first unit marks whether demo data is there. */
export const UNIT_IDS: Record<UnitKey, string> = { visby: seedId("unit:visby"), nkpg: seedId("unit:nkpg") };

interface ProviderDef {
  key: string;
  name: string;
  kind: ProviderKind;
  legalFormDigit: 2 | 5 | 7 | 8;
  unit: UnitKey;
  fields: string[];
  capacity: number;
  /** Whether the workplace has tasks that can be done from home (digital arbetsträning). */
  remote: boolean;
  interestDaysAgo: number;
  interestStatus: "RECEIVED" | "APPROVED";
  interestNotes: string;
  supervisor: { name: string; title: string; email: string; phone: string };
}

// Phone numbers 070-174 06 05 … 070-174 06 99 are reserved by PTS for use in fiction.
const PROVIDERS: ProviderDef[] = [
  {
    key: "hamnmagasinet",
    name: "Hamnmagasinet Logistik AB",
    kind: "EMPLOYER",
    legalFormDigit: 5,
    unit: "visby",
    fields: ["Lager och logistik"],
    capacity: 8,
    remote: false,
    interestDaysAgo: 520,
    interestStatus: "APPROVED",
    interestNotes: "Tar emot deltagare på lagret i Visby hamn, dagtid vardagar. Truckkort kan ordnas efter en tid.",
    supervisor: { name: "Jonas Berg", title: "Lagerchef", email: "anordnare@stegvis.example", phone: "070-174 06 05" },
  },
  {
    key: "returhuset",
    name: "Returhuset Gotland ekonomisk förening",
    kind: "ASF",
    legalFormDigit: 7,
    unit: "visby",
    fields: ["Återbruk", "Café och restaurang"],
    capacity: 10,
    remote: true,
    interestDaysAgo: 700,
    interestStatus: "APPROVED",
    interestNotes: "Arbetsintegrerande socialt företag med second hand-butik, webbutik och kafé. Vana vid förstärkt arbetsträning.",
    supervisor: { name: "Amira Haddad", title: "Arbetsledare", email: "anordnare2@stegvis.example", phone: "070-174 06 12" },
  },
  {
    key: "parkenheten",
    name: "Region Gotland, parkenheten Visby",
    kind: "MUNICIPAL",
    legalFormDigit: 2,
    unit: "visby",
    fields: ["Trädgård", "Fastighetsskötsel"],
    capacity: 6,
    remote: false,
    interestDaysAgo: 400,
    interestStatus: "APPROVED",
    interestNotes: "Säsongsbetonat: flest platser april–oktober. Arbetskläder och skyddsskor finns.",
    supervisor: { name: "Lars Rondahl", title: "Parkarbetare och handledare", email: "lars.rondahl@parkenheten.example", phone: "070-174 06 23" },
  },
  {
    key: "kvarnbacken",
    name: "Föreningen Kvarnbackens kafé",
    kind: "NON_PROFIT",
    legalFormDigit: 8,
    unit: "nkpg",
    fields: ["Café och restaurang", "Återbruk"],
    capacity: 8,
    remote: false,
    interestDaysAgo: 610,
    interestStatus: "APPROVED",
    interestNotes: "Ideell förening med kafé och loppis i Norrköping. Handledare finns på plats alla öppetdagar.",
    supervisor: { name: "Maria Nyström", title: "Föreståndare", email: "maria.nystrom@kvarnbacken.example", phone: "070-174 06 34" },
  },
  {
    key: "kontaktcenter",
    name: "Norrköpings kommun, kontaktcenter och kontorsservice",
    kind: "MUNICIPAL",
    legalFormDigit: 2,
    unit: "nkpg",
    fields: ["Kontor och administration"],
    capacity: 10,
    remote: true,
    interestDaysAgo: 300,
    interestStatus: "APPROVED",
    interestNotes: "Platser för kontorsarbete på plats, på distans eller blandat. Dator lånas ut vid distansarbete.",
    supervisor: { name: "Patrik Holm", title: "Teamledare", email: "patrik.holm@kontaktcenter.example", phone: "070-174 06 45" },
  },
  {
    key: "ostgotabil",
    name: "Östgöta Bil & Däck AB",
    kind: "EMPLOYER",
    legalFormDigit: 5,
    unit: "nkpg",
    fields: ["Fordon och verkstad", "Lager och logistik"],
    capacity: 5,
    remote: false,
    interestDaysAgo: 25,
    interestStatus: "RECEIVED",
    interestNotes: "Ny intresseanmälan: vill utöka från fem till åtta platser inför däcksäsongen. Ej beslutad; tidigare anmälan godkänd.",
    supervisor: { name: "Stefan Lund", title: "Verkstadschef", email: "stefan.lund@ostgotabil.example", phone: "070-174 06 56" },
  },
];

const EXTRA_OFFICERS: { key: string; name: string; email: string; unit: UnitKey }[] = [
  { key: "mikael", name: "Mikael Gustafsson", email: "mikael.gustafsson@stegvis.example", unit: "visby" },
  { key: "leila", name: "Leila Karimi", email: "leila.karimi@stegvis.example", unit: "nkpg" },
  { key: "erik", name: "Erik Nilsson", email: "erik.nilsson@stegvis.example", unit: "nkpg" },
];

export const CUSTOM_PROGRAMME = {
  code: "NKPG-AME",
  name: "Norrköpings kommuns arbetsträning",
  maxMonthsArbetstraning: 6,
  maxMonthsForstarkt: 12,
  source: "Beslut i arbetsmarknadsnämnden i Norrköpings kommun (fiktivt exempel för demodata)",
} as const;

// ---------------------------------------------------------------- stories

type Programme = "JOB" | "UGA" | "ETP" | "NKPG-AME";
type Shape = "active" | "endingSoon" | "overdue" | "planned" | "ended" | "twoPeriods" | "historic" | "cancelled" | "new";

interface Story {
  programme: Programme;
  kind: PlacementKind;
  shape: Shape;
  unit: UnitKey;
  outcome?: OutcomeKind;
  mode?: PlacementMode;
  provider?: string;
  /** JOB participant with at least 450 compensable days (12 months of arbetsträning). */
  longJob?: boolean;
  /** The stage history should move back at least once. */
  backStep?: boolean;
  coordination?: boolean;
  protectedIdentity?: boolean;
  gender?: Gender;
}

const AT: PlacementKind = "ARBETSTRANING";
const FA: PlacementKind = "FORSTARKT_ARBETSTRANING";
const FD: PlacementKind = "FORSTARKT_FORDJUPAD";

/** Stories that make sure every case the app shows is in the data. */
const COVERAGE: Story[] = [
  { programme: "JOB", kind: AT, shape: "active", unit: "visby", longJob: true, provider: "hamnmagasinet" },
  { programme: "JOB", kind: AT, shape: "active", unit: "visby", longJob: false, provider: "hamnmagasinet" },
  { programme: "JOB", kind: FA, shape: "active", unit: "visby", mode: "MIXED", provider: "returhuset", backStep: true },
  { programme: "UGA", kind: AT, shape: "active", unit: "visby", gender: "OTHER" },
  { programme: "UGA", kind: FA, shape: "active", unit: "nkpg" },
  { programme: "ETP", kind: AT, shape: "active", unit: "nkpg", mode: "REMOTE", provider: "kontaktcenter", coordination: true },
  { programme: "ETP", kind: FA, shape: "active", unit: "visby", protectedIdentity: true, backStep: true },
  { programme: "NKPG-AME", kind: AT, shape: "active", unit: "nkpg" },
  { programme: "NKPG-AME", kind: FA, shape: "active", unit: "nkpg", mode: "MIXED", provider: "kontaktcenter" },
  { programme: "JOB", kind: AT, shape: "ended", unit: "visby", outcome: "WORK", provider: "hamnmagasinet" },
  { programme: "UGA", kind: AT, shape: "ended", unit: "nkpg", outcome: "STUDIES" },
  { programme: "JOB", kind: FA, shape: "ended", unit: "visby", outcome: "WORK_TRIAL", provider: "returhuset" },
  { programme: "ETP", kind: FA, shape: "ended", unit: "nkpg", outcome: "OTHER_MEASURE" },
  { programme: "UGA", kind: FA, shape: "ended", unit: "visby", outcome: "INTERRUPTED", backStep: true },
  { programme: "NKPG-AME", kind: AT, shape: "ended", unit: "nkpg", outcome: "INTERRUPTED" },
  { programme: "JOB", kind: FD, shape: "historic", unit: "visby", outcome: "WORK_TRIAL", provider: "returhuset" },
  { programme: "ETP", kind: FD, shape: "historic", unit: "nkpg", outcome: "OTHER_MEASURE" },
  { programme: "JOB", kind: FA, shape: "twoPeriods", unit: "visby", provider: "returhuset" },
  { programme: "ETP", kind: AT, shape: "twoPeriods", unit: "nkpg", coordination: true },
  { programme: "NKPG-AME", kind: FA, shape: "twoPeriods", unit: "nkpg" },
  { programme: "JOB", kind: AT, shape: "endingSoon", unit: "visby", provider: "hamnmagasinet" },
  { programme: "UGA", kind: AT, shape: "endingSoon", unit: "visby" },
  { programme: "ETP", kind: AT, shape: "endingSoon", unit: "visby", provider: "returhuset" },
  { programme: "ETP", kind: FA, shape: "endingSoon", unit: "nkpg" },
  { programme: "JOB", kind: FA, shape: "endingSoon", unit: "nkpg", mode: "REMOTE", provider: "kontaktcenter" },
  { programme: "JOB", kind: AT, shape: "overdue", unit: "visby", provider: "hamnmagasinet" },
  { programme: "ETP", kind: FA, shape: "overdue", unit: "visby", provider: "returhuset" },
  { programme: "NKPG-AME", kind: AT, shape: "overdue", unit: "nkpg", protectedIdentity: true },
  { programme: "UGA", kind: FA, shape: "overdue", unit: "visby" },
  { programme: "UGA", kind: AT, shape: "planned", unit: "visby", provider: "hamnmagasinet" },
  { programme: "JOB", kind: AT, shape: "planned", unit: "nkpg" },
  { programme: "NKPG-AME", kind: FA, shape: "planned", unit: "nkpg" },
  { programme: "ETP", kind: AT, shape: "cancelled", unit: "visby" },
  { programme: "JOB", kind: AT, shape: "new", unit: "visby" },
  { programme: "ETP", kind: AT, shape: "new", unit: "nkpg", coordination: true, gender: "UNKNOWN" },
  { programme: "UGA", kind: AT, shape: "new", unit: "visby" },
];

const PARTICIPANT_COUNT = 60;

function randomStory(rng: Rng, index: number): Story {
  const unit: UnitKey = index % 2 === 0 ? "visby" : "nkpg";
  const programme = rng.weighted<Programme>(
    unit === "visby"
      ? [["JOB", 4], ["UGA", 2], ["ETP", 2]]
      : [["JOB", 2], ["UGA", 1], ["ETP", 2], ["NKPG-AME", 3]],
  );
  const kind = rng.chance(0.6) ? AT : FA;
  const shape = rng.weighted<Shape>([["active", 9], ["ended", 5], ["endingSoon", 2], ["twoPeriods", 2], ["planned", 2], ["overdue", 1]]);
  const outcome =
    shape === "ended"
      ? rng.weighted<OutcomeKind>([["WORK", 3], ["STUDIES", 2], ["WORK_TRIAL", 1], ["OTHER_MEASURE", 2], ["INTERRUPTED", 2]])
      : undefined;
  const gender = index === 41 ? "OTHER" : undefined;
  return { programme, kind, shape, unit, outcome, backStep: rng.chance(0.15), gender };
}

// ---------------------------------------------------------------- limits

function maxMonths(programme: Programme, kind: PlacementKind, jobDays: number | null): number {
  const forstarkt = kind !== "ARBETSTRANING";
  switch (programme) {
    case "JOB":
      return forstarkt ? 12 : (jobDays ?? 0) >= 450 ? 12 : 6;
    case "UGA":
      return forstarkt ? 6 : 3;
    case "ETP":
      return forstarkt ? 12 : 6;
    case "NKPG-AME":
      return forstarkt ? CUSTOM_PROGRAMME.maxMonthsForstarkt : CUSTOM_PROGRAMME.maxMonthsArbetstraning;
  }
}

const AIO_CUTOFF = "2023-10-01";

// ---------------------------------------------------------------- building

interface PlacementDraft {
  id: string;
  key: string;
  provider: ProviderDef;
  supervisorId: string;
  kind: PlacementKind;
  mode: PlacementMode;
  decisionDate: IsoDate;
  assessmentDate: IsoDate;
  startDate: IsoDate;
  plannedEndDate: IsoDate;
  actualEndDate: IsoDate | null;
  status: PlacementStatus;
  periodNumber: number;
  previousPlacementId: string | null;
  endReason: string | null;
  outcome: OutcomeKind | null;
  /** Follow-ups stop this many days before today (overdue placements). */
  followUpGap: number;
}

const STAGE_ORDER: Stage[] = ["KOMMA_IGANG", "PA_VAG", "NASTAN_FRAMME"];

const weekday = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

/** The previous Monday (or the day itself): placements start on a Monday. */
function mondayOnOrBefore(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** Offices decide and assess on working days: a weekend day moves back to Friday. */
function workdayOnOrBefore(date: IsoDate): IsoDate {
  const day = weekday(date);
  return day === 6 ? addDays(date, -1) : day === 0 ? addDays(date, -2) : date;
}

/** Follow-up meetings happen on working days: a weekend day moves on to Monday. */
function workdayOnOrAfter(date: IsoDate): IsoDate {
  const day = weekday(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

function birthDate(rng: Rng, today: IsoDate, minAge: number, maxAge: number): IsoDate {
  const year = Number(today.slice(0, 4)) - rng.int(minAge, maxAge);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function buildSeedData(today: IsoDate): SeedData {
  const rng = new Rng(SEED);
  const data: SeedData = {
    units: [],
    providers: [],
    supervisors: [],
    users: [],
    coordinatorScopes: [],
    customProgrammes: [],
    participants: [],
    outcomes: [],
    placements: [],
    assessments: [],
    followUps: [],
    stageAssessments: [],
  };
  const longAgo = instant(addDays(today, -800), 8);

  for (const [key, unit] of Object.entries(UNITS) as [UnitKey, (typeof UNITS)[UnitKey]][]) {
    data.units.push({ id: UNIT_IDS[key], ...unit, createdAt: longAgo });
  }

  const supervisorIds = new Map<string, string>();
  for (const [i, p] of PROVIDERS.entries()) {
    const id = seedId(`provider:${p.key}`);
    const received = addDays(today, -p.interestDaysAgo);
    data.providers.push({
      id,
      organisationNumber: fictiveOrganisationNumber(p.legalFormDigit, i + 1),
      name: p.name,
      kind: p.kind,
      municipalityCode: UNITS[p.unit].municipalityCode,
      fieldsOfWork: p.fields,
      capacity: p.capacity,
      interestReceivedOn: dbDate(received),
      interestStatus: p.interestStatus,
      interestNotes: p.interestNotes,
      createdAt: instant(received, 9),
      updatedAt: instant(received, 9),
    });
    const supervisorId = seedId(`supervisor:${p.key}`);
    supervisorIds.set(p.key, supervisorId);
    data.supervisors.push({ id: supervisorId, providerId: id, ...p.supervisor });
  }

  data.customProgrammes.push({ ...CUSTOM_PROGRAMME, createdAt: longAgo });

  // Users: the demo logins, extra case officers, and one anordnare per provider without a demo login.
  const unitByName = new Map(Object.entries(UNITS).map(([k, u]) => [u.name, UNIT_IDS[k as UnitKey]]));
  const providerByName = new Map(PROVIDERS.map((p) => [p.name, seedId(`provider:${p.key}`)]));
  const userIdByEmail = new Map<string, string>();
  const addUser = ({ demoPassword, ...u }: Omit<UserSeed["row"], "id" | "createdAt" | "updatedAt"> & { demoPassword: string | null }) => {
    const id = seedId(`user:${u.email}`);
    userIdByEmail.set(u.email, id);
    const phone = u.role === "HANDLAGGARE" ? officerPhone(data.users.length) : null;
    data.users.push({ row: { id, ...u, phone, createdAt: longAgo, updatedAt: longAgo }, demoPassword });
    return id;
  };
  for (const demo of DEMO_USERS) {
    const unitId = demo.role === "ANORDNARE" || demo.role === "ADMIN" ? null : unitByName.get(demo.organisation);
    const providerId = demo.role === "ANORDNARE" ? providerByName.get(demo.organisation) : null;
    if (unitId === undefined || providerId === undefined) {
      throw new Error(`Demoanvändaren ${demo.email} hör till en okänd organisation: ${demo.organisation}`);
    }
    // The demo case officer is also the Visby unit's access reviewer (logguppföljning), so the demo shows the review.
    addUser({ email: demo.email, name: demo.name, role: demo.role, unitId, providerId, demoPassword: demo.password, ...(demo.role === "HANDLAGGARE" ? { reviewsAccess: true } : {}) });
  }
  // The demo coordinator covers the Visby unit and everyone living in Norrköping: one grant of each kind.
  const demoCoordinator = DEMO_USERS.find((u) => u.role === "KOORDINATOR");
  const demoAdmin = DEMO_USERS.find((u) => u.role === "ADMIN");
  if (demoCoordinator && demoAdmin) {
    const grant = { userId: seedId(`user:${demoCoordinator.email}`), grantedById: seedId(`user:${demoAdmin.email}`), createdAt: longAgo };
    data.coordinatorScopes.push(
      { id: seedId("scope:visby"), ...grant, unitId: UNIT_IDS.visby },
      { id: seedId("scope:0581"), ...grant, municipalityCode: UNITS.nkpg.municipalityCode },
    );
  }
  const officers: Record<UnitKey, string[]> = { visby: [], nkpg: [] };
  const demoOfficer = DEMO_USERS.find((u) => u.role === "HANDLAGGARE")!;
  officers.visby.push(userIdByEmail.get(demoOfficer.email)!);
  for (const o of EXTRA_OFFICERS) {
    officers[o.unit].push(addUser({ email: o.email, name: o.name, role: "HANDLAGGARE", unitId: UNIT_IDS[o.unit], providerId: null, demoPassword: null }));
  }
  const providerUser = new Map<string, string>();
  for (const p of PROVIDERS) {
    const existing = userIdByEmail.get(p.supervisor.email);
    providerUser.set(
      p.key,
      existing ??
        addUser({ email: p.supervisor.email, name: p.supervisor.name, role: "ANORDNARE", unitId: null, providerId: seedId(`provider:${p.key}`), demoPassword: null }),
    );
  }
  // Every supervisor logs follow-ups with their own login.
  for (const supervisor of data.supervisors) {
    supervisor.userId = userIdByEmail.get(supervisor.email!) ?? null;
  }

  // Participants and their paths.
  const stories = [...COVERAGE];
  while (stories.length < PARTICIPANT_COUNT) stories.push(randomStory(rng, stories.length));

  const usedNumbers = new Set<string>();
  const usedNames = new Set<string>();
  const load = new Map<string, number>(PROVIDERS.map((p) => [p.key, 0]));

  for (const [index, story] of stories.entries()) {
    const participantId = seedId(`participant:${index}`);
    const unitCode = UNITS[story.unit].municipalityCode;
    // Most of the Visby caseload is the demo handläggare's, so that login has plenty to show.
    const officerPool = officers[story.unit];
    const officerId = story.unit === "visby" ? (rng.chance(0.7) ? officerPool[0]! : officerPool[1]!) : rng.pick(officerPool);

    const gender: Gender = story.gender ?? rng.weighted<Gender>([["FEMALE", 1], ["MALE", 1]]);
    const { firstName, lastName } = pickName(rng, story.programme, gender, usedNames);
    const [minAge, maxAge] = story.programme === "UGA" ? [18, 24] : story.programme === "ETP" ? [22, 58] : story.programme === "JOB" ? [25, 62] : [19, 60];
    const sex: Sex = gender === "FEMALE" ? "female" : gender === "MALE" ? "male" : "any";
    let pnr: string;
    do {
      pnr = testIdentityNumber(rng, birthDate(rng, today, minAge, maxAge), sex, { coordination: story.coordination });
    } while (usedNumbers.has(pnr));
    usedNumbers.add(pnr);

    const jobDays =
      story.programme !== "JOB" ? null : story.longJob === true ? rng.int(460, 900) : story.longJob === false ? rng.int(60, 440) : rng.chance(0.35) ? rng.int(451, 950) : rng.int(40, 440);

    const drafts = planPlacements(rng, today, index, story, jobDays, load);
    let consent: IsoDate;
    if (drafts.length > 0) consent = workdayOnOrBefore(addDays(drafts[0]!.assessmentDate, -rng.int(0, 10)));
    else consent = workdayOnOrBefore(addDays(today, -rng.int(2, 20)));

    // Placements, assessments, outcomes.
    const followUpsOfParticipant: { row: Prisma.FollowUpCreateManyInput; date: IsoDate; draft: boolean }[] = [];
    for (const d of drafts) {
      const fieldTexts = T.FIELD_TEXTS[d.provider.fields[0]!]!;
      const builtIn = story.programme !== "NKPG-AME";
      let outcomeId: string | null = null;
      if (d.outcome) {
        outcomeId = seedId(`outcome:${d.key}`);
        const texts = T.OUTCOME_TEXTS[d.outcome];
        data.outcomes.push({
          id: outcomeId,
          participantId,
          kind: d.outcome,
          date: dbDate(d.actualEndDate!),
          interruptReason: d.outcome === "INTERRUPTED" ? rng.pick(T.INTERRUPT_REASONS) : null,
          notes: rng.pick(texts.notes),
          recordedById: officerId,
          createdAt: instant(d.actualEndDate!, 15),
        });
      }
      const forstarkt = d.kind !== "ARBETSTRANING";
      data.placements.push({
        id: d.id,
        participantId,
        providerId: seedId(`provider:${d.provider.key}`),
        unitId: UNIT_IDS[story.unit],
        supervisorId: d.supervisorId,
        programme: story.programme,
        kind: d.kind,
        mode: d.mode,
        decisionDate: dbDate(d.decisionDate),
        decidedById: officerId,
        startDate: dbDate(d.startDate),
        plannedEndDate: dbDate(d.plannedEndDate),
        actualEndDate: d.actualEndDate ? dbDate(d.actualEndDate) : null,
        periodNumber: d.periodNumber,
        previousPlacementId: d.previousPlacementId,
        assessmentId: seedId(`assessment:${d.key}`),
        aioReason:
          builtIn && d.decisionDate >= AIO_CUTOFF
            ? rng.weighted<AioReason>([["NOT_AVAILABLE", 3], ["NOT_IN_FIELD", 3], ["QUEUE", 2]])
            : null,
        hoursPerWeek: forstarkt ? rng.pick([10, 15, 20, 25]) : rng.pick([20, 25, 30, 35, 40]),
        goals: rng.pick(fieldTexts.goals),
        tasks: rng.pick(fieldTexts.tasks),
        ruleSetId: builtIn ? (d.decisionDate < AIO_CUTOFF ? "AF-2018-01-01" : "AF-2023-10-01") : null,
        status: d.status,
        endReason: d.endReason,
        outcomeId,
        createdAt: instant(d.decisionDate, 10),
        updatedAt: instant(d.actualEndDate ?? d.decisionDate, 16),
      });
      data.assessments.push({
        id: seedId(`assessment:${d.key}`),
        participantId,
        date: dbDate(d.assessmentDate),
        assessedById: officerId,
        reasoning: d.periodNumber > 1 ? rng.pick(T.SECOND_PERIOD_REASONING) : forstarkt ? T.ASSESSMENT_REASONING[2] : rng.pick(T.ASSESSMENT_REASONING),
        conclusion: forstarkt ? T.FORSTARKT_CONCLUSION : rng.pick(T.ASSESSMENT_CONCLUSIONS),
        suitable: true,
        createdAt: instant(d.assessmentDate, 11),
      });
      if (d.status === "ACTIVE" || d.status === "ENDED") {
        followUpsOfParticipant.push(
          ...planFollowUps(rng, today, d, officerId, providerUser.get(d.provider.key)!, fieldTexts).map((f) => withFollowUpDetails(f, d, data.placements.at(-1)!)),
        );
      }
    }

    // Stage history: a scripted path placed on the submitted follow-ups.
    const firstDate = drafts[0]?.assessmentDate ?? consent;
    const stages: Prisma.StageAssessmentCreateManyInput[] = [
      { id: seedId(`stage:${index}:0`), participantId, stage: "KOMMA_IGANG", date: dbDate(firstDate), assessedById: officerId, reason: T.STAGE_REASONS.start, createdAt: instant(firstDate, 14) },
    ];
    const submitted = followUpsOfParticipant.filter((f) => !f.draft);
    const script = stageScript(rng, story, submitted.length);
    const changeAt = new Map<number, Stage>();
    script.forEach((stage, i) => changeAt.set(Math.floor(((i + 1) * submitted.length) / (script.length + 1)), stage));
    let stage: Stage = "KOMMA_IGANG";
    let submittedIndex = 0;
    for (const f of followUpsOfParticipant) {
      const next = f.draft ? undefined : changeAt.get(submittedIndex++);
      if (next && next !== stage) {
        const back = STAGE_ORDER.indexOf(next) < STAGE_ORDER.indexOf(stage);
        stages.push({
          id: seedId(`stage:${index}:${stages.length}`),
          participantId,
          stage: next,
          date: dbDate(f.date),
          assessedById: officerId,
          reason: rng.pick(back ? T.STAGE_REASONS.back : next === "PA_VAG" ? T.STAGE_REASONS.toPaVag : T.STAGE_REASONS.toNastanFramme),
          followUpId: f.row.id,
          createdAt: instant(f.date, 15),
        });
        stage = next;
        f.row.proposedStage = next;
      } else {
        f.row.proposedStage = rng.chance(0.75) ? stage : null;
      }
      f.row.proposedStageReason = f.row.proposedStage ? STAGE_PROPOSAL_REASONS[f.row.proposedStage] : null;
      data.followUps.push(f.row);
    }
    data.stageAssessments.push(...stages);

    data.participants.push({
      id: participantId,
      personalIdentityNumber: pnr,
      isCoordinationNumber: story.coordination === true,
      firstName,
      lastName,
      gender,
      municipalityCode: unitCode,
      programme: story.programme,
      jobCompensableDays: jobDays,
      compensation: COMPENSATION[story.programme] ?? "SOCIAL_ASSISTANCE",
      unitId: UNIT_IDS[story.unit],
      responsibleOfficerId: officerId,
      protectedIdentity: story.protectedIdentity === true,
      consentDate: dbDate(consent),
      currentStage: stage,
      createdAt: instant(consent, 9),
      updatedAt: instant(consent, 9),
    });
  }
  recordFollowUpDates(data);
  return data;
}

/** Each placement's latest submitted follow-up and, while it runs, when the next is due (lib/rules' cadence). */
function recordFollowUpDates(data: SeedData) {
  const latest = new Map<string, IsoDate>();
  for (const f of data.followUps) {
    if (f.status === "DRAFT") continue;
    const day = isoOf(f.date);
    if (day > (latest.get(f.placementId) ?? "")) latest.set(f.placementId, day);
  }
  for (const p of data.placements) {
    const last = latest.get(p.id!) ?? null;
    p.lastFollowUpOn = last ? dbDate(last) : null;
    const running = p.status === "ACTIVE" || p.status === "PLANNED";
    p.nextFollowUpDueOn = running
      ? dbDate(nextFollowUpDue({ startDate: isoOf(p.startDate), kind: p.kind, mode: p.mode ?? "ON_SITE", lastFollowUpDate: last, decisionDate: isoOf(p.decisionDate) }))
      : null;
  }
}

const isoOf = (value: Date | string): IsoDate => (typeof value === "string" ? value.slice(0, 10) : isoDay(value));

function pickName(rng: Rng, programme: Programme, gender: Gender, used: Set<string>): { firstName: string; lastName: string } {
  for (;;) {
    const etp = programme === "ETP";
    const firstPool =
      gender === "FEMALE" ? (etp ? T.ETP_FEMALE_NAMES : T.FEMALE_NAMES)
      : gender === "MALE" ? (etp ? T.ETP_MALE_NAMES : T.MALE_NAMES)
      : gender === "OTHER" ? T.NEUTRAL_NAMES
      : etp ? [...T.ETP_FEMALE_NAMES, ...T.ETP_MALE_NAMES] : [...T.FEMALE_NAMES, ...T.MALE_NAMES];
    const firstName = rng.pick(firstPool);
    const lastName = rng.pick(etp ? T.ETP_SURNAMES : T.SURNAMES);
    const full = `${firstName} ${lastName}`;
    if (!used.has(full)) {
      used.add(full);
      return { firstName, lastName };
    }
  }
}

function chooseProvider(rng: Rng, story: Story, load: Map<string, number>, counts: boolean): ProviderDef {
  let candidates = PROVIDERS.filter((p) => p.unit === story.unit);
  if (story.provider) candidates = PROVIDERS.filter((p) => p.key === story.provider);
  else if (story.mode && story.mode !== "ON_SITE") candidates = candidates.filter((p) => p.remote);
  // Fill the providers evenly (by share of capacity) so none is far over its capacity.
  const ratio = (p: ProviderDef) => (load.get(p.key)! + rng.float() * 0.5) / p.capacity;
  const chosen = [...candidates].sort((a, b) => ratio(a) - ratio(b))[0]!;
  if (counts) load.set(chosen.key, load.get(chosen.key)! + 1);
  return chosen;
}

function chooseMode(rng: Rng, story: Story, provider: ProviderDef): PlacementMode {
  if (story.mode) return story.mode;
  if (!provider.remote) return "ON_SITE";
  return rng.weighted<PlacementMode>([["ON_SITE", 5], ["MIXED", 3], ["REMOTE", 2]]);
}

function planPlacements(rng: Rng, today: IsoDate, index: number, story: Story, jobDays: number | null, load: Map<string, number>): PlacementDraft[] {
  if (story.shape === "new") return [];
  const max = maxMonths(story.programme, story.kind, jobDays);
  const months = story.shape === "historic" || rng.chance(0.6) ? max : rng.int(Math.min(3, max), max);
  const current = ["active", "endingSoon", "overdue", "planned", "twoPeriods"].includes(story.shape);
  const provider = chooseProvider(rng, story, load, current);
  const mode = chooseMode(rng, story, provider);
  const base = (period: number) => ({
    id: seedId(`placement:${index}:${period}`),
    key: `${index}:${period}`,
    provider,
    supervisorId: seedId(`supervisor:${provider.key}`),
    kind: story.kind,
    mode,
    periodNumber: period,
    previousPlacementId: period > 1 ? seedId(`placement:${index}:${period - 1}`) : null,
    endReason: null,
    outcome: null,
    actualEndDate: null,
    followUpGap: 0,
  });
  const decided = (start: IsoDate) => {
    const decisionDate = workdayOnOrBefore(addDays(start, -rng.int(7, 21)));
    return { decisionDate, assessmentDate: workdayOnOrBefore(addDays(decisionDate, -rng.int(0, 7))) };
  };
  const lengthDays = (start: IsoDate, m: number) => daysBetween(start, periodEnd(start, m));

  switch (story.shape) {
    case "active":
    case "overdue": {
      const probe = addDays(today, -30);
      const minElapsed = story.shape === "overdue" ? 75 : 10;
      const elapsed = rng.int(minElapsed, Math.max(minElapsed, Math.min(330, lengthDays(probe, months) - 35)));
      const startDate = mondayOnOrBefore(addDays(today, -elapsed));
      const plannedEndDate = periodEnd(startDate, months);
      return [{
        ...base(1), ...decided(startDate), startDate, plannedEndDate, status: plannedEndDate >= today ? "ACTIVE" : "ENDED",
        actualEndDate: plannedEndDate >= today ? null : plannedEndDate,
        followUpGap: story.shape === "overdue" ? rng.int(38, 55) : 0,
      }];
    }
    case "endingSoon": {
      const target = addDays(today, rng.int(3, 28));
      const startDate = mondayOnOrBefore(addMonths(addDays(target, 1), -months));
      return [{ ...base(1), ...decided(startDate), startDate, plannedEndDate: periodEnd(startDate, months), status: "ACTIVE" }];
    }
    case "planned": {
      const startDate = mondayOnOrBefore(addDays(today, rng.int(7, 28)));
      const decisionDate = workdayOnOrBefore(addDays(today, -rng.int(2, 12)));
      return [{ ...base(1), decisionDate, assessmentDate: workdayOnOrBefore(addDays(decisionDate, -rng.int(0, 5))), startDate, plannedEndDate: periodEnd(startDate, months), status: "PLANNED" }];
    }
    case "cancelled": {
      const decisionDate = workdayOnOrBefore(addDays(today, -rng.int(25, 40)));
      const startDate = mondayOnOrBefore(addDays(decisionDate, 21));
      return [{ ...base(1), decisionDate, assessmentDate: workdayOnOrBefore(addDays(decisionDate, -2)), startDate, plannedEndDate: periodEnd(startDate, months), status: "CANCELLED", endReason: T.CANCELLED_REASON }];
    }
    case "ended":
    case "historic": {
      let startDate: IsoDate;
      if (story.shape === "historic") {
        // Decided before 2023-10-01, when fördjupad bedömning was still assigned.
        const decisionDate = `2023-0${rng.int(2, 7)}-${String(rng.int(1, 28)).padStart(2, "0")}`;
        startDate = mondayOnOrBefore(addDays(decisionDate, rng.int(14, 24)));
      } else {
        startDate = mondayOnOrBefore(addDays(today, -rng.int(7, 300) - lengthDays(addDays(today, -200), months)));
      }
      const plannedEndDate = periodEnd(startDate, months);
      const early = story.outcome === "WORK" || story.outcome === "INTERRUPTED" || story.outcome === "STUDIES";
      const span = daysBetween(startDate, plannedEndDate);
      const actualEndDate = early && rng.chance(0.7) ? addDays(startDate, rng.int(Math.floor(span * 0.45), span - 7)) : plannedEndDate;
      const d = story.shape === "historic" ? { decisionDate: workdayOnOrBefore(addDays(startDate, -rng.int(14, 20))) } : decided(startDate);
      const decisionDate = d.decisionDate;
      return [{
        ...base(1), decisionDate, assessmentDate: workdayOnOrBefore(addDays(decisionDate, -rng.int(0, 7))), startDate, plannedEndDate, actualEndDate,
        status: "ENDED", outcome: story.outcome ?? "OTHER_MEASURE", endReason: T.OUTCOME_TEXTS[story.outcome ?? "OTHER_MEASURE"].endReason,
      }];
    }
    case "twoPeriods": {
      const months2 = months;
      let start2 = mondayOnOrBefore(addDays(today, -rng.int(14, Math.max(14, Math.min(150, lengthDays(today, months2) - 40)))));
      const start1 = addMonths(start2, -months);
      const end1 = periodEnd(start1, months);
      start2 = addDays(end1, 1);
      const first = decided(start1);
      const decision2 = workdayOnOrBefore(addDays(end1, -rng.int(5, 15)));
      const assessment2 = workdayOnOrBefore(addDays(decision2, -rng.int(0, 5)));
      return [
        { ...base(1), ...first, startDate: start1, plannedEndDate: end1, actualEndDate: end1, status: "ENDED", endReason: T.PERIOD_ENDED_FOR_NEW_PERIOD },
        { ...base(2), decisionDate: decision2, assessmentDate: assessment2 > start1 ? assessment2 : addDays(start1, 1), startDate: start2, plannedEndDate: periodEnd(start2, months2), status: "ACTIVE" },
      ];
    }
  }
  throw new Error(`unknown shape ${story.shape}`);
}

function planFollowUps(
  rng: Rng,
  today: IsoDate,
  d: PlacementDraft,
  officerId: string,
  authorId: string,
  fieldTexts: T.FieldTexts,
): { row: Prisma.FollowUpCreateManyInput; date: IsoDate; draft: boolean }[] {
  const out: { row: Prisma.FollowUpCreateManyInput; date: IsoDate; draft: boolean }[] = [];
  const until = d.actualEndDate ?? addDays(today, -d.followUpGap);
  const frequent = d.kind !== "ARBETSTRANING" || d.mode !== "ON_SITE";
  const troubled = d.outcome === "INTERRUPTED";
  let date = workdayOnOrAfter(addDays(d.startDate, rng.int(7, 13)));
  let n = 0;
  while (date <= until && date <= today) {
    const nextDate = workdayOnOrAfter(addDays(date, frequent ? rng.int(14, 21) : rng.int(21, 28)));
    const isLast = !(nextDate <= until && nextDate <= today);
    const age = daysBetween(date, today);
    const nearEnd = daysBetween(date, until) < 60;
    let status: FollowUpStatus;
    if (d.status === "ACTIVE" && isLast && age <= 6 && d.followUpGap === 0 && rng.chance(0.4)) status = "DRAFT";
    else if (age > 21) status = rng.chance(0.92) ? "REVIEWED" : "SUBMITTED";
    else status = rng.chance(0.5) && age >= 3 ? "REVIEWED" : "SUBMITTED";
    const attendance = rng.weighted<Attendance>(
      troubled && nearEnd
        ? [["MOSTLY", 1], ["PARTLY", 3], ["RARELY", 3], ["ABSENT", 1]]
        : [["AS_AGREED", 5], ["MOSTLY", 3], ["PARTLY", 1.2], ["RARELY", 0.4], ["ABSENT", 0.15]],
    );
    const hasConcern = attendance === "RARELY" || attendance === "ABSENT" || (attendance === "PARTLY" && rng.chance(0.5)) || rng.chance(0.04);
    const reviewDelay = rng.int(1, 4);
    const reviewedOn = addDays(date, Math.min(reviewDelay, Math.max(0, age)));
    const id = seedId(`followup:${d.key}:${n}`);
    const createdAt = instant(date, 10);
    const submittedAt = status === "DRAFT" ? null : instant(date, 14, 30);
    const reviewedAt = status === "REVIEWED" ? instant(reviewedOn, 9, 15) : null;
    out.push({
      date,
      draft: status === "DRAFT",
      row: {
        id,
        placementId: d.id,
        date: dbDate(date),
        authorId,
        attendance,
        tasks: rng.pick(fieldTexts.followUpTasks),
        abilities: rng.pick(attendance === "AS_AGREED" || attendance === "MOSTLY" ? T.ABILITIES_GOOD : T.ABILITIES_STRUGGLING),
        concerns: hasConcern ? rng.pick(T.CONCERNS) : rng.chance(0.3) ? rng.pick(T.MINOR_NOTES) : null,
        hasConcern,
        participantView: rng.chance(0.8) ? rng.pick(T.PARTICIPANT_VIEWS) : null,
        remoteReview: d.mode === "ON_SITE" ? null : rng.pick(T.REMOTE_REVIEWS),
        status,
        submittedAt,
        reviewedById: status === "REVIEWED" ? officerId : null,
        reviewedAt,
        createdAt,
        updatedAt: reviewedAt ?? submittedAt ?? createdAt,
      },
    });
    date = nextDate;
    n++;
  }
  return out;
}

/** The stages a participant moves through after KOMMA_IGANG, given how their path went. */
function stageScript(rng: Rng, story: Story, followUps: number): Stage[] {
  let script: Stage[];
  if (story.backStep) {
    script = rng.pick<Stage[]>([["PA_VAG", "KOMMA_IGANG", "PA_VAG"], ["PA_VAG", "NASTAN_FRAMME", "PA_VAG"], ["PA_VAG", "KOMMA_IGANG"]]);
  } else if (story.outcome === "WORK" || story.outcome === "STUDIES") {
    script = ["PA_VAG", "NASTAN_FRAMME"];
  } else if (story.outcome === "WORK_TRIAL" || story.outcome === "OTHER_MEASURE") {
    script = rng.pick<Stage[]>([["PA_VAG"], ["PA_VAG", "NASTAN_FRAMME"]]);
  } else if (story.outcome === "INTERRUPTED") {
    script = rng.pick<Stage[]>([["PA_VAG", "KOMMA_IGANG"], []]);
  } else {
    script = rng.weighted<Stage[]>([[[], 2], [["PA_VAG"], 4], [["PA_VAG", "NASTAN_FRAMME"], 3], [["PA_VAG", "KOMMA_IGANG"], 1], [["PA_VAG", "NASTAN_FRAMME", "PA_VAG"], 1]]);
  }
  // A change needs a follow-up of its own, with at least one in between.
  return script.slice(0, Math.floor(followUps / 2));
}

/** A case officer's work phone, numbered in the order the seed makes them (providers call it). */
const officerPhone = (n: number) => `010-486 ${String(20 + n).padStart(2, "0")} ${String(10 + ((n * 7) % 90)).padStart(2, "0")}`;

const STAGE_PROPOSAL_REASONS: Record<Stage, string> = {
  KOMMA_IGANG: "Deltagaren håller fortfarande på att hitta rutinerna.",
  PA_VAG: "Deltagaren klarar rutinerna och tar mer eget ansvar.",
  NASTAN_FRAMME: "Deltagaren klarar ett ordinarie tempo och är redo för nästa steg.",
};

/** The share of the planned hours attended, by the attendance band the seed drew. */
const ATTENDED_SHARE: Record<Attendance, number> = { AS_AGREED: 1, MOSTLY: 0.85, PARTLY: 0.6, RARELY: 0.3, ABSENT: 0 };
const RATINGS: Record<Attendance, number[]> = {
  AS_AGREED: [4, 3, 4, 3, 3],
  MOSTLY: [3, 3, 3, 3, 2],
  PARTLY: [2, 3, 2, 2, 2],
  RARELY: [1, 2, 2, 1, 1],
  ABSENT: [1, 1, 1, 1, 1],
};

/**
 * The details issue 8 added to a follow-up (its covered period, hours, ratings per area, the remote
 * review's answers), derived from what the seed already drew, so the random sequence and the rest of
 * the demo data stay as they were. Drafts keep only what a host would have written so far.
 */
function withFollowUpDetails(
  f: { row: Prisma.FollowUpCreateManyInput; date: IsoDate; draft: boolean },
  d: PlacementDraft,
  placement: Prisma.PlacementCreateManyInput,
): { row: Prisma.FollowUpCreateManyInput; date: IsoDate; draft: boolean } {
  const attendance = f.row.attendance!;
  const weeks = Math.max(1, Math.round(daysBetween(d.startDate, f.date) / 7));
  const plannedHours = Math.min(placement.hoursPerWeek * Math.min(weeks, 4), 2000);
  const attendedHours = Math.round(plannedHours * ATTENDED_SHARE[attendance]);
  const remote = d.mode !== "ON_SITE";
  const remoteConcern = remote && (attendance === "RARELY" || attendance === "ABSENT" || attendance === "PARTLY");
  const periodFrom = addDays(f.date, -Math.min(weeks, 4) * 7 + 1);
  f.row.periodFrom = dbDate(periodFrom < d.startDate ? d.startDate : periodFrom);
  f.row.periodTo = dbDate(f.date);
  f.row.plannedHours = plannedHours;
  f.row.attendedHours = f.draft ? null : attendedHours;
  f.row.absenceReason = attendedHours < plannedHours && !f.draft ? (attendance === "MOSTLY" ? "Sjuk några dagar." : "Frånvarande flera dagar; se oro.") : null;
  f.row.abilityRatings = abilityAreasFor(placement.goals).map((area, i) => ({ area, rating: f.draft ? null : (RATINGS[attendance][i] ?? 3), note: null }));
  f.row.remoteIsolated = remote && !f.draft ? remoteConcern : null;
  f.row.remoteMoveOnSite = remote && !f.draft ? remoteConcern : null;
  f.row.remoteConcern = remoteConcern && !f.draft;
  if (f.draft) f.row.attendance = null;
  return f;
}
