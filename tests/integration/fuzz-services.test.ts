// Every server action's path on a real database, fed hostile forms: a valid form of a case officer with some
// fields replaced by wrong types, huge or odd Unicode text, markup, SQL, odd numbers and dates, or the ids of
// another unit's records. Parsed as handleForm parses, then run through the action's one service. Expected:
// a field error or a refusal (never a throw, which would be a 500); a refusal writes nothing; another unit's
// record is never changed. FUZZ_DB_RUNS sets the inputs per action (npm run test:fuzz: 400), FUZZ_SEED the seed.
import { parseWithZod } from "@conform-to/zod/v4";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "@/lib/server/clock";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { ACTIONS } from "../support/access-table";
import { ACTION_SERVICES } from "../support/action-services";
import { FUZZ, hostileForm, toFormData } from "../support/hostile";
import type { Role } from "@/lib/server/generated/prisma/enums";
import { createUser, untakenPersonalNumber } from "../support/factories";
import { createSide, createSubject, participantLoginOf, placeholderSubject, type Side } from "../support/trust-factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** Everything a command could write, as one comparable row. */
async function footprint(): Promise<string> {
  const [row] = await db.$queryRaw<{ print: string }[]>`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(md5(string_agg(id::text || "responsibleOfficerId"::text, ',' ORDER BY id)), '') FROM "Participant"),
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "Placement"),
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "Provider"),
      (SELECT count(*) || ':' || coalesce(md5(string_agg(name || active::text, ',' ORDER BY id)), '') FROM "Supervisor"),
      (SELECT count(*) FROM "IndividualAssessment"), (SELECT count(*) FROM "Milestone"), (SELECT count(*) FROM "ActionPlan"),
      (SELECT count(*) FROM "PlacementEvent"), (SELECT count(*) FROM "Outcome"),
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "FollowUp"),
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "PlacementProposal"),
      (SELECT count(*) FROM "CoordinatorScope"), (SELECT count(*) FROM "StageAssessment"),
      (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(md5(string_agg("passwordHash", ',' ORDER BY id)), '') FROM "User"),
      (SELECT count(*) FROM "AuditEvent" WHERE action IN ('CREATE', 'UPDATE', 'DELETE')),
      (SELECT count(*) || ':' || count("revokedAt") FROM "ApiKey"),
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "AccessReviewItem"), (SELECT count(*) FROM "AccessReviewDecision"),
      (SELECT count(*) || ':' || coalesce(sum(version), 0) FROM "AgreementVersion"), (SELECT count(*) FROM "AgreementApproval"),
      (SELECT count(*) || ':' || count("usedAt") || ':' || coalesce(md5(string_agg("expiresAt"::text, ',' ORDER BY id)), '') FROM "ParticipantSignInCode"),
      (SELECT count(*) FROM "ParticipantStatement")
    ) AS print`;
  return row!.print;
}

/** The field that names the record an action changes: another unit's id there must never succeed. */
const RECORD_FIELD = {
  participant: "participantId",
  placement: "placementId",
  provider: "providerId",
  supervisor: "supervisorId",
  followUp: "followUpId",
  submittedFollowUp: "followUpId",
  proposal: "proposalId",
  coordinator: "userId",
  deactivatedUser: "userId",
  linkedUser: "userId",
  apiKey: "apiKeyId",
  reviewItem: "itemId",
  officerAccount: "userId",
  reviewerAccount: "userId",
  agreementDraft: "placementId",
  sentAgreement: "versionId",
  agreementAwaitingOfficer: "versionId",
  participantWithLogin: "participantId",
} as const;

type User = Awaited<ReturnType<typeof createUser>>;
let own: Side & { officer: User };
let other: Side;
/** Who runs each action: the first role the table permits, placed on the own side. */
let users: Partial<Record<Role, User>>;
const day = today();

beforeAll(async () => {
  own = await createSide(db);
  other = await createSide(db);
  users = {
    HANDLAGGARE: own.officer,
    ANORDNARE: await createUser(db, { role: "ANORDNARE", providerId: own.providerId }),
    KOORDINATOR: await createUser(db, { role: "KOORDINATOR" }),
    ADMIN: await createUser(db, { role: "ADMIN" }),
  };
});

describe("server actions under hostile forms, on a real database", () => {
  it("has a service for every action in the access table", () => {
    expect(ACTIONS.map((row) => row.action).filter((action) => !ACTION_SERVICES[action])).toEqual([]);
  });

  for (const row of ACTIONS) {
    const { schema, command } = ACTION_SERVICES[row.action] ?? {};
    it(
      `${row.action.split("#")[1]}: a field error or a refusal, nothing written when refused, never another unit's record`,
      async () => {
        // The form is built once with placeholders; each run fills them with a record of its own.
        const template = row.form(placeholderSubject(), day, { password: own.officer.password });
        const foreign = row.subject ? await createSubject(db, row.subject, other, "annans", day) : null;
        const foreignIds = [...Object.values(foreign?.ids ?? {}), other.officerId, other.providerId];
        let subject = row.subject ? await createSubject(db, row.subject, own, "egen", day) : null;
        const outcomes: Record<string, number> = {};

        await fc.assert(
          fc.asyncProperty(hostileForm(template, foreignIds), async (entries) => {
            const filled = entries.map(([name, value]) => [name, value.replace(/^@(\w+)$/, (_, key: string) => subject?.ids[key] ?? "")] as [string, string]);
            const submission = parseWithZod(toFormData(filled), { schema: schema! });
            if (submission.status !== "success") {
              outcomes.field = (outcomes.field ?? 0) + 1;
              return;
            }
            // A participant acts only on their own case: the run's record's participant does.
            const actor = row.roles[0] === "DELTAGARE" ? await participantLoginOf(db, subject!.ids.participantId!) : users[row.roles[0]!]!;
            const before = await footprint();
            const result = await command!(actor, submission.value as never);
            // An action the role alone decides (an admin's on any account) has no other side's record to guard.
            const recordField = row.subject && row.scope !== "role" ? RECORD_FIELD[row.subject] : null;
            const named = recordField ? (submission.value as Record<string, unknown>)[recordField] : null;
            if (result.ok) {
              expect(Boolean(foreign) && Object.values(foreign!.ids).includes(named as string), `ändrade en annan enhets post: ${JSON.stringify(filled)}`).toBe(false);
              outcomes.ok = (outcomes.ok ?? 0) + 1;
              if (row.subject) subject = await createSubject(db, row.subject, own, "egen", day);
              return;
            }
            outcomes[result.reason] = (outcomes[result.reason] ?? 0) + 1;
            expect(await footprint(), `${result.reason} men något skrevs: ${JSON.stringify(filled)}`).toBe(before);
          }),
          { numRuns: FUZZ.serviceRuns, seed: FUZZ.seed },
        );
        // Some of the sample got past the schema to the service and the database.
        expect(FUZZ.serviceRuns - (outcomes.field ?? 0), JSON.stringify(outcomes)).toBeGreaterThan(0);
      },
      Math.max(60_000, FUZZ.serviceRuns * 400),
    );
  }

  it("ignores fields a form does not have: an injected unit, role, decider or id changes nothing but what the form is for", async () => {
    const injected: [string, string][] = [
      ["unitId", other.unitId],
      ["role", "ADMIN"],
      ["decidedById", other.officerId],
      ["responsibleOfficerId", other.officerId],
      ["id", other.providerId],
      ["__proto__", "{\"admin\":true}"],
    ];
    const row = ACTIONS.find((r) => r.action.endsWith("#registerParticipantAction"))!;
    // A number no participant has: other test files register from the same test series into the same database.
    const form = { ...row.form(null, day), personalIdentityNumber: await untakenPersonalNumber(db) };
    const submission = parseWithZod(toFormData([...Object.entries(form), ...injected]), { schema: ACTION_SERVICES[row.action]!.schema });
    if (submission.status !== "success") throw new Error(JSON.stringify(submission.error));
    const result = await ACTION_SERVICES[row.action]!.command(own.officer, submission.value as never);
    expect(result.ok).toBe(true);
    const created = await db.participant.findFirstOrThrow({ where: { personalIdentityNumber: form.personalIdentityNumber!.replace("-", "") } });
    expect(created).toMatchObject({ unitId: own.unitId, responsibleOfficerId: own.officer.id });
    for (const [name] of injected) expect(Object.hasOwn(submission.value as object, name), name).toBe(false);
  });
});
