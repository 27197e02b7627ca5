// Hostile forms through the whole stack: the built app decodes each server action's body, parses, authorizes
// and answers over HTTP. Never a 5xx, and never a word of another unit's participant in the answer.
// FUZZ_HTTP_RUNS sets the forms per action (npm run test:fuzz: 100); the service-level fuzzing
// (tests/integration/fuzz-services.test.ts) checks in SQL that refusals write nothing.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { today } from "../../lib/server/clock";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { ACTIONS, pathFor } from "../support/access-table";
import { createUser } from "../support/factories";
import { FUZZ, hostileForm } from "../support/hostile";
import { actionIds, Visitor } from "../support/http-visitor";
import { createSide, createSubject, missingSubject, participantSignIn, placeholderSubject } from "../support/trust-factories";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());
test.setTimeout(Math.max(120_000, FUZZ.httpRuns * 2_000));

for (const row of ACTIONS) {
  test(`${row.action.split("#")[1]} answers hostile forms without a 5xx and without another unit's data`, async () => {
    const day = today();
    const [own, other] = [await createSide(prisma), await createSide(prisma)];
    // The action's first permitted role, on the own side: the hostile forms reach past authorization.
    const role = row.roles[0]!;
    const foreign = row.subject ? await createSubject(prisma, row.subject, other, "annans", day) : null;
    const foreignParticipant = foreign?.ids.participantId ? await prisma.participant.findUniqueOrThrow({ where: { id: foreign.ids.participantId } }) : null;
    const secrets = foreignParticipant ? [foreignParticipant.lastName, foreignParticipant.personalIdentityNumber] : [];
    const subject = row.subject ? await createSubject(prisma, row.subject, own, "egen", day) : null;
    const visitor = new Visitor(process.env.E2E_BASE_URL!);
    const password = own.officer.password;
    if (role === "DELTAGARE") {
      // A participant acts on their own case: the own record's participant signs in with a code.
      const { personnummer, code } = await participantSignIn(prisma, subject!.ids.participantId!);
      expect(await visitor.signInWithCode(personnummer, code)).toBe(true);
    } else {
      const user =
        role === "HANDLAGGARE" ? own.officer : await createUser(prisma, { role, unitId: role === "KOORDINATOR" ? own.unitId : null, providerId: role === "ANORDNARE" ? own.providerId : null });
      expect(await visitor.signIn(user.email, user.password)).toBe(true);
    }
    const id = actionIds().get(row.action)!;
    const page = pathFor(row.page, row.pageParams ?? { id: row.subject === "placement" ? "placementId" : "participantId" }, subject ?? missingSubject(), row.pageFixed);
    const template = row.form(placeholderSubject(), day, { password });

    const seen: string[] = [];
    await fc.assert(
      fc.asyncProperty(hostileForm(template, [...Object.values(foreign?.ids ?? {}), other.officerId]), async (entries) => {
        const fields = entries.map(([name, value]) => [name, value.replace(/^@(\w+)$/, (_, key: string) => subject?.ids[key] ?? "")] as [string, string]);
        const reply = await visitor.callAction(page, id, fields, {}, row.takes);
        seen.push(reply.answer);
        expect(reply.answer, `${JSON.stringify(fields).slice(0, 300)} → ${reply.status}`).not.toBe("error");
        expect(secrets.filter((s) => reply.body.includes(s))).toEqual([]);
      }),
      { numRuns: FUZZ.httpRuns, seed: FUZZ.seed },
    );
    expect(seen).toHaveLength(FUZZ.httpRuns);
  });
}
