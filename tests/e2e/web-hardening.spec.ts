// Web hardening of the built app, over HTTP: a server action posted from another site or with an oversized
// body is refused with a 4xx and writes nothing; no answer, even to a broken request, shows a stack trace, SQL or
// a Prisma message; the session cookie is httpOnly and SameSite. (CSP, HSTS and the fixed headers: security.spec.ts.)
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { ACTION_BODY_LIMIT_BYTES } from "../../lib/request-guard";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createProvider, createUnit, createUser, uniqueTestPersonalNumber } from "../support/factories";
import { actionIds, Visitor } from "../support/http-visitor";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());
const baseUrl = process.env.E2E_BASE_URL!;
const REGISTER = "app/handlaggare/deltagare/actions.ts#registerParticipantAction";
test.setTimeout(120_000);

async function officer() {
  const unit = await createUnit(prisma);
  const user = await createUser(prisma, { role: "HANDLAGGARE", unitId: unit.id });
  const visitor = new Visitor(baseUrl);
  expect(await visitor.signIn(user.email, user.password)).toBe(true);
  return { visitor, unit, user };
}

const newPerson = (personalIdentityNumber: string) => ({ personalIdentityNumber, firstName: "Härdad", lastName: "Person", gender: "FEMALE", municipalityCode: "0980", programme: "JOB" });
const registered = (personalIdentityNumber: string) => prisma.participant.count({ where: { personalIdentityNumber } });

/** What no answer may show: a stack frame, a file path of the server, SQL, or the database layer's words. */
const LEAKS = [/\bat (async )?[\w.<>]+ \(/, /node_modules|\/work\/|\.next\/server/, /\bprisma\b/i, /\b(SELECT|INSERT INTO|UPDATE) .*\b(FROM|SET|VALUES)\b/, /invalid input syntax|violates .* constraint|ECONNREFUSED|PrismaClient/i];
const leaksIn = (body: string) => LEAKS.filter((pattern) => pattern.test(body)).map(String);

test("a server action posted from another site is refused with 403 and writes nothing; the same post from the app succeeds", async () => {
  const { visitor } = await officer();
  const id = actionIds().get(REGISTER)!;
  for (const origin of ["https://angripare.example", "null", `http://localhost.angripare.example:${new URL(baseUrl).port}`]) {
    const pnr = uniqueTestPersonalNumber();
    const reply = await visitor.callAction("/handlaggare/deltagare/ny", id, newPerson(pnr), { origin });
    expect(reply.status, origin).toBe(403);
    expect(reply.body).toContain("en annan webbplats");
    expect(await registered(pnr), origin).toBe(0);
  }
  const pnr = uniqueTestPersonalNumber();
  expect((await visitor.callAction("/handlaggare/deltagare/ny", id, newPerson(pnr))).answer).toBe("done");
  expect(await registered(pnr)).toBe(1);
});

test("a form sent through a proxy that ends TLS gets the page it leads to in the same answer", async () => {
  // Such a proxy sends X-Forwarded-Proto: https. Next fetches that page from this server, which speaks plain HTTP.
  const { visitor } = await officer();
  const reply = await visitor.callAction("/handlaggare/deltagare/ny", actionIds().get(REGISTER)!, newPerson(uniqueTestPersonalNumber()), { "x-forwarded-proto": "https" });
  expect(reply.answer).toBe("done");
  expect(reply.headers.get("content-type")).toMatch(/^text\/x-component/);
  expect(reply.body).toContain("Härdad");
});

test("a body larger than any form is refused with 413 and writes nothing; one just under the limit is answered as a form", async () => {
  const { visitor } = await officer();
  const id = actionIds().get(REGISTER)!;
  const pnr = uniqueTestPersonalNumber();
  const tooLarge = await visitor.callAction("/handlaggare/deltagare/ny", id, { ...newPerson(pnr), notes: "x".repeat(ACTION_BODY_LIMIT_BYTES) });
  expect(tooLarge.status).toBe(413);
  expect(await registered(pnr)).toBe(0);
  const justUnder = await visitor.callAction("/handlaggare/deltagare/ny", id, { ...newPerson(pnr), firstName: "x".repeat(ACTION_BODY_LIMIT_BYTES - 4096) });
  expect(justUnder.answer).toBe("refused-input");
  expect(await registered(pnr)).toBe(0);
});

test("no answer to a broken or hostile request shows a stack trace, SQL or a Prisma message", async () => {
  const { visitor } = await officer();
  const id = actionIds().get(REGISTER)!;
  const raw = (body: BodyInit, headers: Record<string, string> = {}) =>
    visitor.fetch("/handlaggare/deltagare/ny", { method: "POST", headers: { "next-action": id, origin: new URL(baseUrl).origin, accept: "text/x-component", ...headers }, body });
  const replies = [
    await raw("inte ett formulär", { "content-type": "text/plain" }),
    await raw('["$Q1","$@0",{"__proto__":1}]', { "content-type": "text/plain;charset=UTF-8" }),
    await raw(new FormData()),
    await visitor.fetch("/handlaggare/deltagare/ny", { method: "POST", headers: { "next-action": "0".repeat(42), origin: new URL(baseUrl).origin }, body: new FormData() }),
    await visitor.callAction("/handlaggare/deltagare/ny", id, { personalIdentityNumber: "'; DROP TABLE \"Participant\"; --", firstName: "\u202E\u200B<script>alert(1)</script>" }),
    await visitor.fetch("/handlaggare/deltagare/' OR 1=1 --"),
    await visitor.fetch("/handlaggare/placeringar/00000000-0000-0000-0000-000000000000"),
    await visitor.fetch(`/handlaggare?sida=${"9".repeat(40)}&sok=${encodeURIComponent("%' OR '1'='1")}`),
    await visitor.fetch(`/handlaggare/anordnare?sida=-1&sok=${"\u0000".repeat(3)}`),
    await visitor.fetch("/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
  ];
  expect(replies.map((r) => ({ status: r.status, leaks: leaksIn(r.body) })).filter((r) => r.leaks.length > 0)).toEqual([]);
  expect(replies.filter((r) => r.status >= 500 && !/digest/.test(r.body) && r.body.length > 2000).map((r) => r.body.slice(0, 200))).toEqual([]);
});

test("the session cookie is httpOnly, SameSite=Lax and scoped to the whole site; no other cookie holds the session", async () => {
  const unit = await createUnit(prisma);
  const user = await createUser(prisma, { role: "HANDLAGGARE", unitId: unit.id });
  const response = await fetch(new URL("/api/auth/csrf", baseUrl));
  const csrfCookie = response.headers.getSetCookie();
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const signIn = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie.map((c) => c.split(";")[0]).join("; ") },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" }),
  });
  const session = signIn.headers.getSetCookie().find((c) => /next-auth\.session-token=/.test(c));
  expect(session).toBeDefined();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).toMatch(/;\s*Path=\/(;|$)/i);
  // Served over plain http here (NEXTAUTH_URL http://localhost), so no Secure; under https see tests/unit/session-cookies.test.ts.
  for (const cookie of [...csrfCookie, ...signIn.headers.getSetCookie()]) expect(cookie).toMatch(/;\s*HttpOnly/i);
});

test("a server action posted anything but a form is answered 400 in Swedish, and nothing is written", async () => {
  const { visitor } = await officer();
  const id = actionIds().get(REGISTER)!;
  const pnr = uniqueTestPersonalNumber();
  // What React would send for registerParticipantAction(undefined, "hello"): an argument list, not a form.
  for (const [body, type] of [
    ['["$undefined","hello"]', "text/plain;charset=UTF-8"],
    [JSON.stringify(["$undefined", newPerson(pnr)]), "application/json"],
    [new URLSearchParams(newPerson(pnr)).toString(), "application/x-www-form-urlencoded"],
  ]) {
    const reply = await visitor.fetch("/handlaggare/deltagare/ny", { method: "POST", headers: { "next-action": id, origin: new URL(baseUrl).origin, accept: "text/x-component", "content-type": type! }, body });
    expect(reply.status, type).toBe(400);
    expect(reply.body, type).toBe("Det som skickades är inte ett formulär. Ladda om sidan och försök igen.");
  }
  expect(await registered(pnr)).toBe(0);
});

test("a refused action is logged with the action's name and the record it asked for", async () => {
  const { visitor, user } = await officer();
  const target = await createUser(prisma, { role: "KOORDINATOR", unitId: (await createUnit(prisma)).id });
  const id = actionIds().get("app/admin/anvandare/actions.ts#deactivateUserAction")!;
  expect((await visitor.callAction(`/admin/anvandare/${target.id}`, id, { userId: target.id, version: "1" })).status).toBe(403);
  // This officer's refusal only: the other worker's specs refuse actions at the same time.
  const refusal = await prisma.auditEvent.findFirst({ where: { action: "ACCESS_DENIED", entity: "Action", actorId: user.id } });
  expect(refusal?.changes).toEqual({ action: "deactivateUserAction", userId: target.id });
  expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
});

test("a one-time password opens neither the follow-up autosave nor the coordinator's exports", async () => {
  const unit = await createUnit(prisma);
  const provider = await createProvider(prisma);
  const onOneTimePassword = { mustChangePassword: true, oneTimePasswordExpiresAt: new Date(Date.now() + 3_600_000) };
  const host = await createUser(prisma, { role: "ANORDNARE", providerId: provider.id });
  const coordinator = await createUser(prisma, { role: "KOORDINATOR", unitId: unit.id });
  await prisma.user.updateMany({ where: { id: { in: [host.id, coordinator.id] } }, data: onOneTimePassword });

  const hostVisitor = new Visitor(baseUrl);
  expect(await hostVisitor.signIn(host.email, host.password)).toBe(true);
  const draft = actionIds().get("app/anordnare/actions.ts#saveFollowUpDraftAction")!;
  const saved = await hostVisitor.callAction("/anordnare", draft, { followUpId: randomUUID(), version: "1" }, {}, "form");
  expect(saved.body).toContain("du måste byta lösenord först");

  const coordinatorVisitor = new Visitor(baseUrl);
  expect(await coordinatorVisitor.signIn(coordinator.email, coordinator.password)).toBe(true);
  for (const format of ["csv", "xlsx"]) {
    const exported = await coordinatorVisitor.fetch(`/koordinator/export/nu?format=${format}`);
    expect(exported.status, format).toBeGreaterThanOrEqual(300);
    expect(exported.status, format).toBeLessThan(400);
    expect(exported.headers.get("location"), format).toMatch(/\/byt-losenord$/);
  }
});
