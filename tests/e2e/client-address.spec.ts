// The built app names each client by its own connection, with no proxy configured (as npm start on the
// embedded database always runs): the sign-in limits and the audit log see the socket's address, not a
// header the client chose. Each "machine" is a loopback address of its own (all of 127.0.0.0/8 is this computer).
import { randomInt } from "node:crypto";
import { request } from "node:http";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { createUnit, createUser, untakenPersonalNumber } from "../support/factories";
import { actionIds } from "../support/http-visitor";
import { openHeldSessions } from "../support/second-factor";

const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
test.afterAll(() => prisma.$disconnect());
// Every attempt hashes a password (argon2) on a shared machine.
test.describe.configure({ timeout: 120_000 });

// More wrong passwords than one client may try on one account (5), fewer than all clients together may (20).
const GUESSES = 8;

const someMachine = () => `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** A visitor on one machine, keeping its cookies, over plain HTTP from that machine's address. */
function visitorOn(machine: string) {
  const base = new URL(process.env.E2E_BASE_URL!);
  const cookies = new Map<string, string>();
  const send = (path: string, options: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {}) =>
    new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
      const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
      const req = request(
        { host: "127.0.0.1", port: base.port, path, method: options.method ?? "GET", localAddress: machine, headers: { host: base.host, cookie, ...options.headers } },
        async (res) => {
          for (const line of res.headers["set-cookie"] ?? []) {
            const [pair] = line.split(";");
            const at = pair!.indexOf("=");
            cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
          }
          let body = "";
          for await (const chunk of res) body += chunk;
          resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
        },
      );
      req.on("error", reject);
      req.end(options.body);
    });
  return {
    /** True when a session cookie came back. A forged X-Forwarded-For goes along, to show it is not believed. */
    async signIn(email: string, password: string): Promise<boolean> {
      const { csrfToken } = JSON.parse((await send("/api/auth/csrf")).body) as { csrfToken: string };
      await send("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.66" },
        body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
      });
      return [...cookies].some(([name, value]) => name.endsWith("next-auth.session-token") && value !== "");
    },
    get: (path: string) => send(path),
    /** Calls a form's server action as React does (see tests/support/http-visitor.ts), from this machine. */
    async callAction(pagePath: string, actionId: string, fields: Record<string, string>) {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
      form.append("0", JSON.stringify(["$undefined", "$K1"]));
      const encoded = new Request(base, { method: "POST", body: form });
      const headers = { "next-action": actionId, accept: "text/x-component", origin: base.origin, "content-type": encoded.headers.get("content-type")! };
      return send(pagePath, { method: "POST", headers, body: Buffer.from(await encoded.arrayBuffer()) });
    },
  };
}

test("wrong passwords from one machine do not keep the user out from another, and the log names the guessing machine", async () => {
  const officer = await createUser(prisma, { role: "HANDLAGGARE", unitId: (await createUnit(prisma)).id });
  const stranger = visitorOn(someMachine());
  for (let i = 0; i < GUESSES; i++) expect(await stranger.signIn(officer.email, `gissning-${i}`)).toBe(false);
  expect(await stranger.signIn(officer.email, officer.password)).toBe(false);
  expect(await visitorOn(someMachine()).signIn(officer.email, officer.password)).toBe(true);
  const refusals = await prisma.auditEvent.findMany({ where: { entityId: officer.id, action: { in: ["SIGN_IN_FAILED", "SIGN_IN_BLOCKED"] } }, select: { ip: true } });
  expect(new Set(refusals.map((r) => r.ip)).size).toBe(1);
  expect(refusals[0]!.ip).toMatch(/^127\./);
});

test("a page view is logged with the reader's address", async () => {
  const admin = await createUser(prisma, { role: "ADMIN" });
  const machine = someMachine();
  const visitor = visitorOn(machine);
  expect(await visitor.signIn(admin.email, admin.password)).toBe(true);
  await openHeldSessions(prisma, admin.id);
  expect((await visitor.get("/admin")).status).toBe(200);
  const reads = await prisma.auditEvent.findMany({ where: { actorId: admin.id, action: "READ" }, select: { ip: true } });
  expect(reads.length).toBeGreaterThan(0);
  expect(reads.every((r) => r.ip === machine)).toBe(true);
});

test("the page a form leads to is logged with the address of the machine that sent the form", async () => {
  // Next renders that page by asking its own server for it, from this computer's own address.
  const officer = await createUser(prisma, { role: "HANDLAGGARE", unitId: (await createUnit(prisma)).id });
  const machine = someMachine();
  const visitor = visitorOn(machine);
  expect(await visitor.signIn(officer.email, officer.password)).toBe(true);
  await openHeldSessions(prisma, officer.id);
  const register = actionIds().get("app/handlaggare/deltagare/actions.ts#registerParticipantAction")!;
  const person = { personalIdentityNumber: await untakenPersonalNumber(prisma), firstName: "Adress", lastName: "Provare", gender: "FEMALE", municipalityCode: "0980", programme: "JOB" };
  const reply = await visitor.callAction("/handlaggare/deltagare/ny", register, person);
  expect(reply.headers["x-action-redirect"]).toMatch(/\/handlaggare\/deltagare\/[0-9a-f-]+\?klart=/);
  const caseRead = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: officer.id, action: "READ", entity: "Participant", changes: { path: ["view"], equals: "participant-case" } }, select: { ip: true } });
  expect(caseRead.ip).toBe(machine);
  const created = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: officer.id, action: "CREATE", entity: "Participant" }, select: { ip: true } });
  expect(created.ip).toBe(machine);
});
