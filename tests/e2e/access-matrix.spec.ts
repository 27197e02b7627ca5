// The authorization matrix, generated from tests/support/access-table.ts and run against the built app over
// HTTP: every page and every server action, as every role, as a case officer of another unit, as an anordnare
// of another provider, as a deactivated user and signed out. Each gets exactly what the table allows; a
// refusal leaks no name or personnummer and writes nothing.
import { expect, test } from "@playwright/test";
import { today } from "../../lib/server/clock";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { buildSeedData, UNIT_IDS } from "../../prisma/seed/plan";
import { ACTIONS, type Actor, expectedAction, expectedPage, PAGES, pathFor, ROUTES, type Subject, type SubjectKind } from "../support/access-table";
import { createUser } from "../support/factories";
import { createSupervisorUser } from "../support/follow-up-factories";
import { actionIds, Visitor } from "../support/http-visitor";
import { actorOf, createSide, createSubject, missingSubject, participantSignIn, type Side } from "../support/trust-factories";
import { demoUser } from "./fixtures";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());
const baseUrl = process.env.E2E_BASE_URL!;
// Signing in hashes passwords (argon2) and every page renders on a shared machine: a whole role takes a while.
test.setTimeout(240_000);

/** Who visits, with their password for the forms that ask for it (changing it keeps it current). */
type Cast = { actor: Actor; visitor: Visitor; self?: { password: string } }[];

async function signedIn(actor: Actor, email: string, password: string): Promise<{ actor: Actor; visitor: Visitor; self: { password: string } }> {
  const visitor = new Visitor(baseUrl);
  expect(await visitor.signIn(email, password), actor.label).toBe(true);
  return { actor, visitor, self: { password } };
}

/** A live session whose user is then deactivated: its cookie must open nothing. */
async function deactivated(db: PrismaClient, unitId: string) {
  const user = await createUser(db, { role: "HANDLAGGARE", unitId });
  const cast = await signedIn(actorOf("en inaktiverad handläggare", user, "deactivated"), user.email, user.password);
  await db.user.update({ where: { id: user.id }, data: { active: false } });
  return cast;
}

/** A participant signed in to their own view with a code from their officer. */
async function participantVisitor(label: string, participantId: string) {
  const { user, personnummer, code } = await participantSignIn(prisma, participantId);
  const visitor = new Visitor(baseUrl);
  expect(await visitor.signInWithCode(personnummer, code), label).toBe(true);
  // A participant has no password; forms that ask for one get a made-up one, so the refusal they meet is the role's.
  return { actor: actorOf(label, user), visitor, self: { password: "Deltagaren-har-inget-lösenord-2026" } };
}

/** What a refused answer must not contain: the subject's participant's name and personnummer. */
async function secretsOf(db: PrismaClient, subject: Subject | null): Promise<string[]> {
  const id = subject?.ids.participantId;
  if (!id || subject?.missing) return [];
  const p = await db.participant.findUnique({ where: { id } });
  if (!p) return [];
  const pnr = p.personalIdentityNumber;
  return [p.lastName, pnr, `${pnr.slice(0, 8)}-${pnr.slice(8)}`];
}

/** Runs `tasks` a few at a time: fast enough, and gentle on a shared machine. */
async function inTurns<T>(tasks: (() => Promise<T>)[], width = 4): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += width) results.push(...(await Promise.all(tasks.slice(i, i + width).map((t) => t()))));
  return results;
}

test.describe("pages, with the demo data's records", () => {
  let cast: Cast;
  const subjects = new Map<SubjectKind, Subject[]>();

  test.beforeAll(async () => {
    const visby = UNIT_IDS.visby;
    const otherOfficer = await createUser(prisma, { role: "HANDLAGGARE", unitId: UNIT_IDS.nkpg });
    const demo = async (label: string, role: Parameters<typeof demoUser>[0], index = 0) => {
      const user = demoUser(role, index);
      const row = await prisma.user.findUniqueOrThrow({ where: { email: user.email } });
      return signedIn(actorOf(label, row), user.email, user.password);
    };
    cast = [
      await demo("handläggaren", "HANDLAGGARE"),
      await signedIn(actorOf("en handläggare vid en annan enhet", otherOfficer), otherOfficer.email, otherOfficer.password),
      await demo("anordnaren", "ANORDNARE"),
      await demo("en anordnare hos en annan anordnare", "ANORDNARE", 1),
      await demo("koordinatorn", "KOORDINATOR"),
      await demo("administratören", "ADMIN"),
      await deactivated(prisma, visby),
      { actor: { label: "utloggad", role: null, unitId: null, providerId: null, session: "none" }, visitor: new Visitor(baseUrl) },
    ];
    // A coordinator without a scope grant (and, once the subjects are made, a supervisor login who supervises none of them).
    const bare = await createUser(prisma, { role: "KOORDINATOR" });
    const bareActor: Actor = { ...actorOf("en koordinator utan omfattning", bare), noCoverage: true };
    cast.push({ ...(await signedIn(bareActor, bare.email, bare.password)), actor: bareActor });
    // Only the demo's own rows: other specs add rows to the same units with random ids, and the first of those
    // by id (a placement another supervisor handles, say) would change what the table expects.
    const demoData = buildSeedData(today());
    const demoIds = (rows: { id?: string }[]) => ({ in: rows.map((row) => row.id!) });
    const participantIn = (unitId: string) => prisma.participant.findFirstOrThrow({ where: { unitId, id: demoIds(demoData.participants) }, orderBy: { id: "asc" } });
    // Placements for provider-scoped pages too: one at the anordnare's own provider, one elsewhere (when the demo has them).
    const hostProvider = cast[2]!.actor.providerId!;
    const demoPlacement = { id: demoIds(demoData.placements) };
    const placementIn = async (unitId: string, provider: { equals: string } | { not: string }) =>
      (await prisma.placement.findFirst({ where: { ...demoPlacement, unitId, providerId: provider }, orderBy: { id: "asc" } })) ??
      prisma.placement.findFirstOrThrow({ where: { ...demoPlacement, unitId }, orderBy: { id: "asc" } });
    const [pv, pn] = [await participantIn(visby), await participantIn(UNIT_IDS.nkpg)];
    const [plv, pln] = [await placementIn(visby, { equals: hostProvider }), await placementIn(UNIT_IDS.nkpg, { not: hostProvider })];
    const side = (unitId: string, providerId: string | null) => ({ unitId, providerId });
    subjects.set("participant", [
      { label: "deltagare i Visby", ...side(visby, null), ids: { participantId: pv.id } },
      { label: "deltagare i Norrköping", ...side(UNIT_IDS.nkpg, null), ids: { participantId: pn.id } },
      missingSubject(),
    ]);
    subjects.set("placement", [
      { label: "placering i Visby", ...side(visby, plv.providerId), ids: { placementId: plv.id, participantId: plv.participantId } },
      { label: "placering i Norrköping", ...side(UNIT_IDS.nkpg, pln.providerId), ids: { placementId: pln.id, participantId: pln.participantId } },
      missingSubject(),
    ]);
    // The demo's providers belong to no unit (only an admin edits them); one registered by Visby is added.
    const demoProvider = await prisma.provider.findFirstOrThrow({ where: { id: demoIds(demoData.providers), unitId: null, supervisors: { some: {} } }, include: { supervisors: true }, orderBy: { id: "asc" } });
    const visbyProvider = await createSubject(prisma, "provider", { unitId: visby, providerId: demoProvider.id, officerId: "" }, "anordnare registrerad av Visby", today());
    const demoSubject = { label: "demons anordnare (ingen enhet)", unitId: null, providerId: demoProvider.id, ids: { providerId: demoProvider.id, supervisorId: demoProvider.supervisors[0]!.id } };
    subjects.set("provider", [visbyProvider, demoSubject, missingSubject()]);
    subjects.set("supervisor", [visbyProvider, demoSubject, missingSubject()]);
    // Follow-ups, proposals and coordinators the demo may lack: made on the demo's own units and providers.
    const officer = await prisma.user.findUniqueOrThrow({ where: { email: demoUser("HANDLAGGARE").email } });
    const nkpgOfficer = await prisma.user.findFirstOrThrow({ where: { id: demoIds(demoData.users.map((u) => u.row)), role: "HANDLAGGARE", unitId: UNIT_IDS.nkpg, active: true }, orderBy: { id: "asc" } });
    const visbySide = { unitId: visby, providerId: hostProvider, officerId: officer.id };
    const nkpgSide = { unitId: UNIT_IDS.nkpg, providerId: pln.providerId, officerId: nkpgOfficer.id };
    for (const kind of ["followUp", "submittedFollowUp", "proposal", "agreementDraft", "sentAgreement", "agreementAwaitingOfficer"] as const) {
      subjects.set(kind, [
        await createSubject(prisma, kind, visbySide, `${kind} i Visby`, today()),
        await createSubject(prisma, kind, nkpgSide, `${kind} i Norrköping`, today()),
        missingSubject(),
      ]);
    }
    subjects.set("coordinator", [await createSubject(prisma, "coordinator", visbySide, "en koordinator", today()), missingSubject()]);
    // Sampled accesses (logguppföljning) of either unit, read by another officer than the demo's reviewer.
    subjects.set("reviewItem", [
      await createSubject(prisma, "reviewItem", visbySide, "granskad åtkomst i Visby", today()),
      await createSubject(prisma, "reviewItem", nkpgSide, "granskad åtkomst i Norrköping", today()),
      missingSubject(),
    ]);
    // A participant signed in to their own view: their running placement with a sent agreement, among the subjects.
    const ownCase = await createSubject(prisma, "sentAgreement", visbySide, "deltagarens egen placering", today());
    subjects.get("placement")!.push(ownCase);
    subjects.get("sentAgreement")!.push(ownCase);
    cast.push(await participantVisitor("deltagaren", ownCase.ids.participantId!));
    // A supervisor login at the anordnare's own provider, made after the subjects so that it supervises none of them.
    const { user: idle } = await createSupervisorUser(prisma, hostProvider);
    const idleActor: Actor = { ...actorOf("en handledare som inte handleder placeringen", idle), supervisesNone: true };
    cast.push({ ...(await signedIn(idleActor, idle.email, idle.password)), actor: idleActor });
  });

  const LABELS = ["handläggaren", "en annan enhets handläggare", "anordnaren", "en annan anordnare", "koordinatorn", "administratören", "en inaktiverad", "utloggad"];
  for (const [index, label] of [...LABELS, "en koordinator utan omfattning", "deltagaren", "en handledare som inte handleder"].entries()) {
    test(`${label} opens exactly the pages and files the table allows`, async () => {
      const { actor, visitor } = cast[index]!;
      const tries = PAGES.concat(ROUTES).flatMap((row) => (row.subject ? subjects.get(row.subject.kind)! : [null]).map((subject) => ({ row, subject })));
      const found = await inTurns(
        tries.map(({ row, subject }) => async () => {
          const path = pathFor(row.route, row.subject?.params, subject, row.fixed);
          const reply = await visitor.fetch(path);
          const expected = expectedPage(row, actor, subject);
          const leaked = expected === "ok" || expected === "redirect" ? [] : (await secretsOf(prisma, subject)).filter((s) => reply.body.includes(s));
          return { path: `${path} (${subject?.label ?? "—"})`, expected, got: reply.answer, leaked };
        }),
      );
      expect(found.filter((f) => f.got !== f.expected).map((f) => `${f.path}: väntat ${f.expected}, fick ${f.got}`)).toEqual([]);
      expect(found.filter((f) => f.leaked.length > 0).map((f) => `${f.path} visar ${f.leaked.join(", ")}`)).toEqual([]);
      if (actor.noCoverage) {
        // The dashboard opens, with no figures: only the sentence on asking for a scope.
        const dashboard = await visitor.fetch("/koordinator");
        expect(dashboard.body).toContain("Du har ingen omfattning ännu");
        expect(dashboard.body).not.toMatch(/<table|<svg[^>]*role="img"/);
      }
    });
  }
});

test.describe("server actions, on records of their own", () => {
  let cast: Cast;
  let sides: { own: Side; other: Side };
  const ids = actionIds();
  const day = today();

  test.beforeAll(async () => {
    const own = await createSide(prisma);
    const other = await createSide(prisma);
    sides = { own, other };
    const user = (label: string, data: Parameters<typeof createUser>[1]) =>
      createUser(prisma, data).then((u) => signedIn(actorOf(label, u), u.email, u.password));
    cast = [
      await signedIn(actorOf("handläggaren", own.officer), own.officer.email, own.officer.password),
      await signedIn(actorOf("en handläggare vid en annan enhet", other.officer), other.officer.email, other.officer.password),
      await user("anordnaren", { role: "ANORDNARE", providerId: own.providerId }),
      await user("en anordnare hos en annan anordnare", { role: "ANORDNARE", providerId: other.providerId }),
      await user("koordinatorn", { role: "KOORDINATOR", unitId: own.unitId }),
      await user("administratören", { role: "ADMIN" }),
      await deactivated(prisma, own.unitId),
      { actor: { label: "utloggad", role: null, unitId: null, providerId: null, session: "none" }, visitor: new Visitor(baseUrl) },
      await participantVisitor("en deltagare", (await createSubject(prisma, "placement", own, "deltagarens placering", day)).ids.participantId!),
    ];
  });

  /** Everything in this world a refused action could have changed. */
  async function footprint() {
    const units = [sides.own.unitId, sides.other.unitId];
    const [participants, placements, providers, supervisors, assessments, milestones, plans, events, newParticipants, newProviders, followUps, proposals, scopes, apiKeys, reviewItems, reviewers, codes, logins, approvals, statements] = await Promise.all([
      prisma.participant.findMany({ where: { unitId: { in: units } }, select: { id: true, version: true, responsibleOfficerId: true }, orderBy: { id: "asc" } }),
      prisma.placement.findMany({ where: { unitId: { in: units } }, select: { id: true, version: true, status: true }, orderBy: { id: "asc" } }),
      prisma.provider.findMany({ where: { unitId: { in: units } }, select: { id: true, version: true }, orderBy: { id: "asc" } }),
      prisma.supervisor.findMany({ where: { provider: { unitId: { in: units } } }, select: { id: true, name: true, active: true }, orderBy: { id: "asc" } }),
      prisma.individualAssessment.count({ where: { participant: { unitId: { in: units } } } }),
      prisma.milestone.count({ where: { participant: { unitId: { in: units } } } }),
      prisma.actionPlan.count({ where: { participant: { unitId: { in: units } } } }),
      prisma.placementEvent.count({ where: { placement: { unitId: { in: units } } } }),
      prisma.participant.count({ where: { firstName: "Matris", lastName: "Person" } }),
      prisma.provider.count({ where: { name: "Matrisens Anordnare AB" } }),
      prisma.followUp.findMany({ where: { placement: { unitId: { in: units } } }, select: { id: true, version: true, status: true }, orderBy: { id: "asc" } }),
      prisma.placementProposal.findMany({ where: { placement: { unitId: { in: units } } }, select: { id: true, version: true, status: true }, orderBy: { id: "asc" } }),
      prisma.coordinatorScope.count(),
      prisma.apiKey.findMany({ select: { id: true, revokedAt: true }, orderBy: { id: "asc" } }),
      prisma.accessReviewItem.findMany({ where: { sample: { unitId: { in: units } } }, select: { id: true, version: true, status: true }, orderBy: { id: "asc" } }),
      prisma.user.count({ where: { unitId: { in: units }, reviewsAccess: true } }),
      prisma.participantSignInCode.findMany({ where: { user: { participant: { unitId: { in: units } } } }, select: { id: true, usedAt: true, expiresAt: true }, orderBy: { id: "asc" } }),
      prisma.user.findMany({ where: { participant: { unitId: { in: units } } }, select: { id: true, active: true }, orderBy: { id: "asc" } }),
      prisma.agreementApproval.count({ where: { placement: { unitId: { in: units } } } }),
      prisma.participantStatement.count({ where: { participant: { unitId: { in: units } } } }),
    ]);
    return { participants, placements, providers, supervisors, assessments, milestones, plans, events, newParticipants, newProviders, followUps, proposals, scopes, apiKeys, reviewItems, reviewers, codes, logins, approvals, statements };
  }

  for (const row of ACTIONS) {
    test(`${row.action.split("#")[1]}: done for exactly the permitted, refused and unwritten for everyone else`, async () => {
      const id = ids.get(row.action);
      expect(id, `${row.action} finns inte i bygget`).toBeTruthy();
      const shared = row.subject
        ? [await createSubject(prisma, row.subject, sides.own, "egen", day), await createSubject(prisma, row.subject, sides.other, "annans", day), missingSubject()]
        : [null];
      const tries = cast.flatMap(({ actor, visitor, self }) => shared.map((subject) => ({ actor, visitor, self, subject, expected: expectedAction(row, actor, subject) })));
      const pagePath = (subject: Subject | null) =>
        pathFor(row.page, row.pageParams ?? { id: row.subject === "placement" ? "placementId" : "participantId" }, subject ?? missingSubject(), row.pageFixed);

      const before = await footprint();
      const refused = await inTurns(
        tries
          .filter((t) => t.expected !== "done")
          .map((t) => async () => {
            const reply = await t.visitor.callAction(pagePath(t.subject), id!, row.form(t.subject, day, t.self), {}, row.takes);
            const got = reply.answer;
            const ok = t.expected === "refused" ? got === "forbidden" || got === "not-found" : got === t.expected;
            const leaked = (await secretsOf(prisma, t.subject)).filter((s) => reply.body.includes(s));
            return { what: `${t.actor.label} på ${t.subject?.label ?? "ny post"}`, expected: t.expected, got, ok, leaked };
          }),
      );
      expect(refused.filter((r) => !r.ok).map((r) => `${r.what}: väntat ${r.expected}, fick ${r.got}`)).toEqual([]);
      expect(refused.filter((r) => r.leaked.length > 0).map((r) => `${r.what} visar ${r.leaked.join(", ")}`)).toEqual([]);
      expect(await footprint()).toEqual(before);

      // Each permitted try on a record of its own: a success writes, and must not meet an earlier success.
      const permitted = tries.filter((t) => t.expected === "done");
      // A participant's action is theirs only on their own case: a record of the own side whose participant signs in.
      const forParticipant = row.roles.includes("DELTAGARE") ? 1 : 0;
      expect(permitted.length + forParticipant, "minst en roll får använda åtgärden").toBeGreaterThan(0);
      if (forParticipant) {
        const subject = await createSubject(prisma, row.subject!, sides.own, "deltagarens egen", day);
        const { visitor } = await participantVisitor("deltagaren själv", subject.ids.participantId!);
        const reply = await visitor.callAction(pagePath(subject), id!, row.form(subject, day), {}, row.takes);
        expect(reply.answer, `deltagaren på sin egen post: ${reply.body.slice(0, 400)}`).toBe("done");
      }
      for (const t of permitted) {
        const side = t.subject?.unitId === sides.other.unitId ? sides.other : sides.own;
        const subject = row.subject ? await createSubject(prisma, row.subject, side, t.subject!.label, day) : null;
        const form = row.form(subject, day, t.self);
        const reply = await t.visitor.callAction(pagePath(subject), id!, form, {}, row.takes);
        expect(reply.answer, `${t.actor.label} på ${t.subject?.label ?? "ny post"}: ${reply.body.slice(0, 400)}`).toBe("done");
        if (t.self && form.newPassword) t.self.password = form.newPassword;
      }
    });
  }
});
