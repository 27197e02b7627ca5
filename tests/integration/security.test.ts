import { randomInt } from "node:crypto";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions, authorizeCredentials, endSession, RATE_LIMITED, sessionForToken } from "@/lib/server/auth";
import { CLIENT_ADDRESS_FROM_SERVER, CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_SEAL_HEADER, stampClientAddress } from "@/lib/server/client-address";
import { clientIp, UNKNOWN_IP } from "@/lib/server/client-ip";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/server/session-lifetime";
import { beginSignInAttempt, PRUNE_EVERY, pruneSignInAttempts, SIGN_IN_LIMITS } from "@/lib/server/sign-in-limit";
import { listUsers } from "@/lib/server/users";
import type { JWT } from "next-auth/jwt";
import { signInToken } from "../support/admin-factories";
import { createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
// Moving a sequence (setval) is the owner's: the app's role may only draw from it.
const owner = createPrismaClient(process.env.DATABASE_OWNER_URL!);
afterAll(() => Promise.all([db.$disconnect(), owner.$disconnect()]));

/** An address of a client of its own, so tests never share a per-IP count. */
const someIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const EXPIRES = new Date(Date.now() + 3_600_000).toISOString();

/** What next-auth does at sign-in: authorize, then the jwt callback turns the user into the cookie's token. */
async function signIn(credentials: { email: string; password: string }, ip = someIp()): Promise<JWT> {
  return signInToken(db, credentials, ip);
}

let unitId: string;
beforeAll(async () => {
  unitId = (await createUnit(db)).id;
});

describe("signing out ends the session on the server", () => {
  it("a token copied before sign-out opens nothing afterwards, on this device or another", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signIn(officer);
    expect((await sessionForToken(token, EXPIRES, db))?.user).toMatchObject({ id: officer.id, role: "HANDLAGGARE", unitId });

    await endSession(token, db, "192.0.2.7");

    expect(await sessionForToken(token, EXPIRES, db)).toBeNull();
    const signOut = await db.auditEvent.findFirstOrThrow({ where: { entityId: officer.id, action: "SIGN_OUT" } });
    expect(signOut).toMatchObject({ actorId: officer.id, ip: "192.0.2.7" });
  });

  it("a stale copy signing out again neither ends the new session nor fills the log", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const stolen = await signIn(officer);
    await endSession(stolen, db);
    const fresh = await signIn(officer);
    await endSession(stolen, db);
    expect(await sessionForToken(fresh, EXPIRES, db)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: officer.id, action: "SIGN_OUT" } })).toBe(1);
  });

  it("the session callback answers an empty session for an ended one, so /api/auth/session shows nothing", async () => {
    const officer = await createUser(db, { role: "KOORDINATOR" });
    const token = await signIn(officer);
    await endSession(token, db);
    const answer = await authOptions.callbacks!.session!({ session: { expires: EXPIRES } as never, token, user: undefined as never, newSession: undefined, trigger: "update" });
    expect(answer).toEqual({});
  });

  it("a session ends a working day after sign-in, however active it was", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signIn(officer);
    const morning = { ...token, signedInAt: Math.floor(Date.now() / 1000) - SESSION_MAX_AGE_SECONDS - 1 };
    expect(await sessionForToken(morning, EXPIRES, db)).toBeNull();
  });

  it("a deactivated account's session ends at once", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signIn(officer);
    await db.user.update({ where: { id: officer.id }, data: { active: false } });
    expect(await sessionForToken(token, EXPIRES, db)).toBeNull();
  });
});

describe("sign-in limits per client address", () => {
  it("a stranger's wrong guesses from another address do not lock the user out of their own", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const stranger = someIp();
    for (let i = 0; i <= SIGN_IN_LIMITS.addressFromIp.maxFailures; i++) {
      await authorizeCredentials({ email: officer.email, password: `gissning-${i}` }, db, stranger).catch(() => null);
    }
    await expect(authorizeCredentials({ email: officer.email, password: officer.password }, db, stranger)).rejects.toThrow(RATE_LIMITED);
    expect(await authorizeCredentials({ email: officer.email, password: officer.password }, db, someIp())).toMatchObject({ id: officer.id });
  });

  it("one client spraying a password across many addresses is stopped, and others are not", async () => {
    const sprayer = someIp();
    for (let i = 0; i < SIGN_IN_LIMITS.ip.maxFailures; i++) {
      expect(await authorizeCredentials({ email: `offer${i}.${randomInt(1e9)}@test.example`, password: "Sommar2026!" }, db, sprayer)).toBeNull();
    }
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    await expect(authorizeCredentials({ email: officer.email, password: officer.password }, db, sprayer)).rejects.toThrow(RATE_LIMITED);
    expect(await authorizeCredentials({ email: officer.email, password: officer.password }, db, someIp())).not.toBeNull();
  });

  it("many clients guessing one address hold it only briefly, and never from where its user signed in lately", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const home = someIp();
    await signInToken(db, officer, home);
    const now = new Date();
    const fourMinutesAgo = new Date(now.getTime() - 4 * 60_000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.address.maxFailures }, () => ({ key: officer.email, ip: someIp(), at: fourMinutesAgo, succeeded: false })),
    });
    expect(await beginSignInAttempt(db, officer.email, someIp(), now)).toEqual({ refused: "address" });
    expect(await beginSignInAttempt(db, officer.email, home, now)).toHaveProperty("id");
    const afterTheWindow = new Date(fourMinutesAgo.getTime() + SIGN_IN_LIMITS.address.windowMinutes * 60_000 + 1);
    expect(await beginSignInAttempt(db, officer.email, someIp(), afterTheWindow)).toHaveProperty("id");
  });

  it("an unknown client address is limited per e-mail address only, never as one shared client", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    await db.signInAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.ip.maxFailures }, (_, i) => ({ key: `annan${i}.${randomInt(1e9)}@test.example`, ip: UNKNOWN_IP, succeeded: false })),
    });
    expect(await authorizeCredentials(officer, db, UNKNOWN_IP)).not.toBeNull();
  });
});

describe("old sign-in attempts are deleted", () => {
  it("deletes attempts older than a day and keeps the rest", async () => {
    const key = `gammal.${randomInt(1e9)}@test.example`;
    const now = new Date();
    await db.signInAttempt.createMany({
      data: [
        { key, ip: someIp(), at: new Date(now.getTime() - 25 * 3_600_000), succeeded: false },
        { key, ip: someIp(), at: new Date(now.getTime() - 23 * 3_600_000), succeeded: false },
      ],
    });
    expect(await pruneSignInAttempts(db, now)).toBeGreaterThanOrEqual(1);
    expect(await db.signInAttempt.count({ where: { key } })).toBe(1);
  });

  it(`every ${PRUNE_EVERY}th sign-in attempt deletes them as it goes`, async () => {
    const key = `gammal.${randomInt(1e9)}@test.example`;
    await db.signInAttempt.create({ data: { key, ip: someIp(), at: new Date(Date.now() - 48 * 3_600_000), succeeded: false } });
    const [sequence] = await db.$queryRaw<{ last: bigint }[]>`SELECT last_value AS last FROM "SignInAttempt_id_seq"`;
    const last = sequence!.last;
    const nextMultiple = (last / PRUNE_EVERY + 1n) * PRUNE_EVERY;
    await owner.$executeRaw`SELECT setval('"SignInAttempt_id_seq"', ${nextMultiple - 1n})`;
    expect(await beginSignInAttempt(db, `ny.${randomInt(1e9)}@test.example`, someIp())).toEqual({ id: nextMultiple });
    expect(await db.signInAttempt.count({ where: { key } })).toBe(0);
  });
});

describe("every refusal is logged", () => {
  it("a failed sign-in for an unknown address records the address tried, lower-cased, and the client", async () => {
    const ip = someIp();
    const tried = `Okand.${randomInt(1e9)}@Test.Example`;
    expect(await authorizeCredentials({ email: tried, password: "x" }, db, ip)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "SIGN_IN_FAILED", ip } });
    expect(event).toMatchObject({ actorId: null, entityId: null, changes: { email: tried.toLowerCase() } });
  });

  it("a sign-in refused by the limit is logged with the limit, the address and the client", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const ip = someIp();
    for (let i = 0; i < SIGN_IN_LIMITS.addressFromIp.maxFailures; i++) await authorizeCredentials({ email: officer.email, password: `fel-${i}` }, db, ip);
    await expect(authorizeCredentials(officer, db, ip)).rejects.toThrow(RATE_LIMITED);
    const blocked = await db.auditEvent.findMany({ where: { action: "SIGN_IN_BLOCKED", entityId: officer.id } });
    expect(blocked).toHaveLength(1);
    expect(blocked[0]).toMatchObject({ ip, changes: { email: officer.email, limit: "addressFromIp" } });
    expect(await db.auditEvent.count({ where: { action: "SIGN_IN_FAILED", entityId: officer.id, ip } })).toBe(SIGN_IN_LIMITS.addressFromIp.maxFailures);
  });

  it("a successful sign-in carries the client's address", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const ip = someIp();
    await authorizeCredentials(officer, db, ip);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "SIGN_IN", entityId: officer.id } })).toMatchObject({ ip });
  });

  it("an administrator reading the user list leaves one read event per user shown", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const shown = await listUsers(admin);
    const reads = await db.auditEvent.findMany({ where: { actorId: admin.id, action: "READ", entity: "User" } });
    expect(reads.map((r) => r.entityId).sort()).toEqual(shown.map((u) => u.id).sort());
    expect(reads[0]!.changes).toEqual({ view: "admin-users" });
  });
});

describe("the client's address", () => {
  const served = { [CLIENT_ADDRESS_FROM_SERVER]: "1" };
  it("is the one the app's HTTP server wrote on the request", () => {
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "198.51.100.4" }, served)).toBe("198.51.100.4");
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.4" }), served)).toBe("198.51.100.4");
  });
  it("is unknown when the app is served some other way, where a client could write the header itself", () => {
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "198.51.100.4", "x-forwarded-for": "198.51.100.4" }, {})).toBe(UNKNOWN_IP);
  });
  describe("on a request the app sends itself", () => {
    // Next renders the page a form leads to by fetching it from its own server with the form's headers.
    const onSocket = (peer: string, headers: Record<string, string>) => ({ socket: { remoteAddress: peer }, headers: { ...headers } }) as unknown as IncomingMessage;
    const stamped = (peer: string, address: string, key = "the-key") => {
      const request = onSocket(address, {});
      stampClientAddress(request, false, key);
      return onSocket(peer, { [CLIENT_ADDRESS_HEADER]: address, [CLIENT_ADDRESS_SEAL_HEADER]: request.headers[CLIENT_ADDRESS_SEAL_HEADER] as string });
    };
    it("keeps the address of the client it serves, under the server's seal", () => {
      const request = stamped("127.0.0.1", "198.51.100.4");
      expect(stampClientAddress(request, false, "the-key")).toBe(true);
      expect(request.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.4");
    });
    it("names the socket when the seal is another key's, another address's, or missing", () => {
      const otherKey = stamped("127.0.0.1", "198.51.100.4", "another-key");
      const moved = stamped("127.0.0.1", "198.51.100.4");
      moved.headers[CLIENT_ADDRESS_HEADER] = "198.51.100.5";
      const unsealed = onSocket("127.0.0.1", { [CLIENT_ADDRESS_HEADER]: "198.51.100.4" });
      for (const request of [otherKey, moved, unsealed]) {
        expect(stampClientAddress(request, false, "the-key")).toBe(false);
        expect(request.headers[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
      }
    });
  });
  it("is unknown when the header holds something that is no address", () => {
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "'; DROP TABLE" }, served)).toBe(UNKNOWN_IP);
    expect(clientIp({}, served)).toBe(UNKNOWN_IP);
  });
});

describe("sign-in limits without a trusted proxy, over real connections", () => {
  // What serves the app (scripts/http-server.ts) in front, and next-auth's authorize behind: each
  // connection from its own loopback address, as each machine on a network comes from its own.
  let server: Server;
  let port: number;
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: (credentials: unknown, req: { headers: IncomingHttpHeaders }) => Promise<unknown> } }).options.authorize;
  beforeAll(async () => {
    process.env[CLIENT_ADDRESS_FROM_SERVER] = "1";
    server = createServer(async (request, response) => {
      stampClientAddress(request, false, "test-key");
      let body = "";
      for await (const chunk of request) body += chunk;
      try {
        response.end((await authorize(JSON.parse(body), { headers: request.headers })) ? "inloggad" : "nekad");
      } catch (error) {
        response.end((error as Error).message);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    delete process.env[CLIENT_ADDRESS_FROM_SERVER];
    await new Promise((resolve) => server.close(resolve));
  });

  /** A machine of its own on loopback (all of 127.0.0.0/8 is this computer's). */
  const someMachine = () => `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;
  function signInFrom(machine: string, credentials: { email: string; password: string }, forwardedFor?: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const request = httpRequest({ host: "127.0.0.1", port, localAddress: machine, method: "POST", headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }, async (response) => {
        let text = "";
        for await (const chunk of response) text += chunk;
        resolve(text);
      });
      request.on("error", reject);
      request.end(JSON.stringify(credentials));
    });
  }

  it("six wrong passwords from one machine do not stop the right password from another", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const stranger = someMachine();
    for (let i = 0; i <= SIGN_IN_LIMITS.addressFromIp.maxFailures; i++) await signInFrom(stranger, { email: officer.email, password: `gissning-${i}` });
    expect(await signInFrom(stranger, officer)).toBe(RATE_LIMITED);
    expect(await signInFrom(someMachine(), officer)).toBe("inloggad");
    const failures = await db.auditEvent.findMany({ where: { action: "SIGN_IN_FAILED", entityId: officer.id }, select: { ip: true } });
    expect(new Set(failures.map((f) => f.ip))).toEqual(new Set([stranger]));
  });

  it("one password sprayed across many accounts from one machine is slowed, however it names itself in X-Forwarded-For", async () => {
    const sprayer = someMachine();
    for (let i = 0; i < SIGN_IN_LIMITS.ip.maxFailures; i++) {
      expect(await signInFrom(sprayer, { email: `offer${i}.${randomInt(1e9)}@test.example`, password: "Sommar2026!" }, `203.0.113.${i + 1}`)).toBe("nekad");
    }
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    expect(await signInFrom(sprayer, officer, "198.51.100.200")).toBe(RATE_LIMITED);
    expect(await signInFrom(someMachine(), officer)).toBe("inloggad");
  });
});

describe("an IPv6 client", () => {
  it("is counted by its /64 network, so walking through its own addresses does not reset the limit", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const network = `2001:db8:${randomInt(65536).toString(16)}:${randomInt(65536).toString(16)}`;
    for (let i = 0; i < SIGN_IN_LIMITS.addressFromIp.maxFailures; i++) {
      await authorizeCredentials({ email: officer.email, password: `fel-${i}` }, db, `${network}::${(i + 1).toString(16)}`);
    }
    await expect(authorizeCredentials(officer, db, `${network}:0:0:0:ff`)).rejects.toThrow(RATE_LIMITED);
    expect(await authorizeCredentials(officer, db, "2001:db8:ffff:1::1")).toMatchObject({ id: officer.id });
  });
});
