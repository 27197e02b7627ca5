import { randomUUID } from "node:crypto";
import type { User } from "next-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions, authorizeCredentials, sessionForToken } from "@/lib/server/auth";
import type { JWT } from "next-auth/jwt";
import { linkOidcAccount, OIDC_NOT_CONFIGURED, SUBJECT_TAKEN, unlinkOidcAccount } from "@/lib/server/oidc/links";
import { signInWithOidc } from "@/lib/server/oidc/provider";
import { authorizeOidc } from "@/lib/server/oidc/sign-in";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { SIGN_IN_LIMITS } from "@/lib/server/sign-in-limit";
import type { SessionUser } from "@/lib/server/session-user";
import { createUserAccount } from "@/lib/server/user-admin";
import { oidcLink } from "@/lib/validation/oidc-link";
import { EXPIRES, signInToken, someIp } from "../support/admin-factories";
import { createListedParticipant, createUnit, createUser } from "../support/factories";
import { participantLoginOf } from "../support/participant-factories";
import { DEFAULT_PERSONAL_NUMBER_CLAIM } from "@/lib/domain/oidc-sign-in";

const db = createPrismaClient(process.env.DATABASE_URL!);
const ISSUER = "https://idp.test.example";
const saved = { ...process.env };

let unitId: string;
let admin: SessionUser;

beforeAll(async () => {
  Object.assign(process.env, { OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: "stegvis", OIDC_CLIENT_SECRET: "hemligt" });
  unitId = (await createUnit(db)).id;
  admin = await createUser(db, { role: "ADMIN" });
});
afterAll(async () => {
  for (const name of ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) if (saved[name] === undefined) delete process.env[name];
  await db.$disconnect();
});

async function linkedOfficer(data: { active?: boolean } = {}) {
  const officer = await createUser(db, { role: "HANDLAGGARE", unitId, ...data });
  const subject = randomUUID();
  await db.user.update({ where: { id: officer.id }, data: { oidcIssuer: ISSUER, oidcSubject: subject } });
  return { ...officer, subject };
}

const claims = (sub: string, extra: Record<string, unknown> = {}) => ({ iss: ISSUER, sub, aud: "stegvis", ...extra });
const versionOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).version;

describe("single sign-on through the organisation's identity provider", () => {
  it("signs a linked officer into a session like a password sign-in: a session row, the same token fields, a logged SIGN_IN with the address", async () => {
    const officer = await linkedOfficer();
    const ip = someIp();
    const outcome = await authorizeOidc(claims(officer.subject), db, ip, "Testläsare");
    expect(outcome).toMatchObject({ user: { id: officer.id, role: "HANDLAGGARE" } });
    const { user } = outcome as { user: User };
    const row = await db.userSession.findUniqueOrThrow({ where: { id: user.sessionId } });
    expect(row).toMatchObject({ userId: officer.id, ip, userAgent: "Testläsare", revokedAt: null });
    const [event] = await db.auditEvent.findMany({ where: { entityId: officer.id, action: "SIGN_IN" } });
    expect(event).toMatchObject({ actorId: officer.id, ip, changes: { sessionId: user.sessionId, method: "oidc" } });

    const token = (await authOptions.callbacks!.jwt!({ token: {} as JWT, user, account: null })) as JWT;
    expect(token).toMatchObject({ uid: officer.id, role: "HANDLAGGARE", sid: user.sessionId, sessionVersion: 0 });
    expect((await sessionForToken(token, EXPIRES, db))?.user.id).toBe(officer.id);
  });

  it("fills in the user next-auth hands to the jwt callback, and sends a refusal to the sign-in page with its reason", async () => {
    const officer = await linkedOfficer();
    const user = { id: officer.subject } as User;
    expect(await signInWithOidc(user, claims(officer.subject))).toBe(true);
    expect(user).toMatchObject({ id: officer.id, role: "HANDLAGGARE", email: officer.email });
    expect(await signInWithOidc({ id: "x" } as User, claims(randomUUID()))).toBe("/logga-in?error=OIDC_UNKNOWN");
  });

  it("refuses an unknown subject, creates no account and logs the failed sign-in", async () => {
    const before = await db.user.count();
    const subject = randomUUID();
    expect(await authorizeOidc(claims(subject, { email: `${subject}@test.example`, email_verified: true }), db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
    expect(await db.user.count()).toBe(before);
    const events = await db.auditEvent.findMany({ where: { action: "SIGN_IN_FAILED", changes: { path: ["subject"], equals: subject } } });
    expect(events).toHaveLength(1);
    expect(events[0]!.changes).toMatchObject({ method: "oidc", issuer: ISSUER, reason: "inget kopplat konto" });
  });

  it("refuses the same subject from another issuer", async () => {
    const officer = await linkedOfficer();
    expect(await authorizeOidc({ ...claims(officer.subject), iss: "https://annan.test.example" }, db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
  });

  it("refuses a deactivated linked account, and logs it on the account", async () => {
    const officer = await linkedOfficer({ active: false });
    expect(await authorizeOidc(claims(officer.subject), db, someIp())).toEqual({ refused: "OIDC_DEACTIVATED" });
    expect(await db.auditEvent.count({ where: { entityId: officer.id, action: "SIGN_IN_FAILED" } })).toBe(1);
    expect(await db.userSession.count({ where: { userId: officer.id } })).toBe(0);
  });

  it("refuses claims without a readable subject, or with control characters, without a session", async () => {
    for (const raw of [null, {}, { iss: ISSUER }, claims(""), claims("a\u0000b"), claims("x".repeat(300)), { ...claims("ok"), email_verified: "true" }]) {
      expect(await authorizeOidc(raw, db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
    }
  });

  it(`counts failed matches per client: after ${SIGN_IN_LIMITS.ip.maxFailures} from one address even a linked officer is held off there`, async () => {
    const officer = await linkedOfficer();
    const ip = someIp();
    for (let i = 0; i < SIGN_IN_LIMITS.ip.maxFailures; i++) expect(await authorizeOidc(claims(randomUUID()), db, ip)).toEqual({ refused: "OIDC_UNKNOWN" });
    expect(await authorizeOidc(claims(officer.subject), db, ip)).toEqual({ refused: "RATE_LIMITED" });
    expect(await db.auditEvent.count({ where: { action: "SIGN_IN_BLOCKED", ip } })).toBe(1);
    expect(await authorizeOidc(claims(officer.subject), db, someIp())).toMatchObject({ user: { id: officer.id } });
  });
});

describe("matching by a verified e-mail address, once an administrator has opened the account for it", () => {
  async function openedOfficer() {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    expect(await linkOidcAccount(admin, oidcLink.parse({ userId: officer.id, version: await versionOf(officer.id) }))).toEqual({ ok: true, value: { id: officer.id, by: "email" } });
    return officer;
  }

  it("links the account to the subject at the first sign-on, after which the subject is the key", async () => {
    const officer = await openedOfficer();
    const subject = randomUUID();
    expect(await authorizeOidc(claims(subject, { email: officer.email.toUpperCase(), email_verified: true }), db, someIp())).toMatchObject({ user: { id: officer.id } });
    expect(await db.user.findUniqueOrThrow({ where: { id: officer.id } })).toMatchObject({ oidcIssuer: ISSUER, oidcSubject: subject, oidcEmailMatchAllowed: false });
    const [link] = await db.auditEvent.findMany({ where: { entityId: officer.id, action: "UPDATE", actorId: officer.id } });
    expect(link!.changes).toMatchObject({ oidcLink: { subject, by: "verifierad e-post" } });
    // Later the e-mail address no longer matters; another subject with it is a stranger.
    expect(await authorizeOidc(claims(subject, { email: "byttadress@test.example", email_verified: true }), db, someIp())).toMatchObject({ user: { id: officer.id } });
    expect(await authorizeOidc(claims(randomUUID(), { email: officer.email, email_verified: true }), db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
  });

  it("does not match an address the provider has not verified", async () => {
    const officer = await openedOfficer();
    expect(await authorizeOidc(claims(randomUUID(), { email: officer.email }), db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
    expect(await authorizeOidc(claims(randomUUID(), { email: officer.email, email_verified: false }), db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
    expect((await db.user.findUniqueOrThrow({ where: { id: officer.id } })).oidcSubject).toBeNull();
  });

  it("does not match an account the administrator has not opened, nor a deactivated one", async () => {
    const closed = await createUser(db, { role: "HANDLAGGARE", unitId });
    expect(await authorizeOidc(claims(randomUUID(), { email: closed.email, email_verified: true }), db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
    const opened = await openedOfficer();
    await db.user.update({ where: { id: opened.id }, data: { active: false } });
    expect(await authorizeOidc(claims(randomUUID(), { email: opened.email, email_verified: true }), db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
  });

  it("withdraws a one-time password the account still had when it is linked", async () => {
    const created = await createUserAccount(admin, { name: "Ny Person", email: `ny-${randomUUID()}@test.example`, role: "HANDLAGGARE", unitId, password: "cykel under äppelträdet" });
    const id = (created as { value: { id: string } }).value.id;
    const account = await db.user.findUniqueOrThrow({ where: { id } });
    await linkOidcAccount(admin, oidcLink.parse({ userId: id, version: account.version }));
    expect(await authorizeOidc(claims(randomUUID(), { email: account.email, email_verified: true }), db, someIp())).toMatchObject({ user: { id } });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ mustChangePassword: false, oneTimePasswordExpiresAt: null });
    expect(await authorizeCredentials({ email: account.email, password: "cykel under äppelträdet" }, db, someIp())).toBeNull();
  });
});

describe("a participant's e-ID through the same route (ADR 0020)", () => {
  const PNR_CLAIM = DEFAULT_PERSONAL_NUMBER_CLAIM;

  it("signs a participant whose officer opened their login into their own view, by the personnummer the e-ID vouched for", async () => {
    const participant = await createListedParticipant(db, { unitId });
    const login = await participantLoginOf(db, participant.id);
    const outcome = await authorizeOidc(claims(randomUUID(), { [PNR_CLAIM]: participant.personalIdentityNumber }), db, someIp(), null, PNR_CLAIM);
    expect(outcome).toMatchObject({ user: { id: login.id, role: "DELTAGARE" } });
    const { user } = outcome as { user: User };
    const token = (await authOptions.callbacks!.jwt!({ token: {} as JWT, user, account: null })) as JWT;
    expect((await sessionForToken(token, EXPIRES, db))?.user).toMatchObject({ role: "DELTAGARE", participantId: participant.id });
  });

  it("refuses a personnummer with no opened login, an ended login, an anonymised participant, and the claim when it is not the configured one", async () => {
    const withoutLogin = await createListedParticipant(db, { unitId });
    expect(await authorizeOidc(claims(randomUUID(), { [PNR_CLAIM]: withoutLogin.personalIdentityNumber }), db, someIp(), null, PNR_CLAIM)).toEqual({ refused: "OIDC_UNKNOWN" });
    const ended = await createListedParticipant(db, { unitId });
    const endedLogin = await participantLoginOf(db, ended.id);
    await db.user.update({ where: { id: endedLogin.id }, data: { active: false } });
    expect(await authorizeOidc(claims(randomUUID(), { [PNR_CLAIM]: ended.personalIdentityNumber }), db, someIp(), null, PNR_CLAIM)).toEqual({ refused: "OIDC_DEACTIVATED" });
    const gone = await createListedParticipant(db, { unitId });
    await participantLoginOf(db, gone.id);
    await db.participant.update({ where: { id: gone.id }, data: { anonymisedAt: new Date() } });
    expect(await authorizeOidc(claims(randomUUID(), { [PNR_CLAIM]: gone.personalIdentityNumber }), db, someIp(), null, PNR_CLAIM)).toEqual({ refused: "OIDC_UNKNOWN" });
    const other = await createListedParticipant(db, { unitId });
    await participantLoginOf(db, other.id);
    expect(await authorizeOidc(claims(randomUUID(), { personnummer: other.personalIdentityNumber }), db, someIp(), null, PNR_CLAIM)).toEqual({ refused: "OIDC_UNKNOWN" });
  });
});

describe("an administrator links and unlinks an account", () => {
  it("links by subject at the configured issuer, logs it, and the officer can then sign on", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const subject = randomUUID();
    expect(await linkOidcAccount(admin, oidcLink.parse({ userId: officer.id, version: await versionOf(officer.id), subject }))).toEqual({ ok: true, value: { id: officer.id, by: "subject" } });
    const [event] = await db.auditEvent.findMany({ where: { entityId: officer.id, action: "UPDATE", actorId: admin.id } });
    expect(event!.changes).toMatchObject({ oidcLink: { before: { subject: null }, after: { issuer: ISSUER, subject } } });
    expect(await authorizeOidc(claims(subject), db, someIp())).toMatchObject({ user: { id: officer.id } });
  });

  it("refuses a subject already linked to another account, at the field", async () => {
    const taken = await linkedOfficer();
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const result = await linkOidcAccount(admin, oidcLink.parse({ userId: officer.id, version: await versionOf(officer.id), subject: taken.subject }));
    expect(result).toEqual({ ok: false, reason: "invalid", errors: [{ field: "subject", message: SUBJECT_TAKEN }] });
  });

  it("refuses a stale page, the administrator's own account, and anyone but an administrator", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    expect(await linkOidcAccount(admin, oidcLink.parse({ userId: officer.id, version: (await versionOf(officer.id)) + 1, subject: "x" }))).toMatchObject({ reason: "conflict" });
    expect(await linkOidcAccount(admin, oidcLink.parse({ userId: admin.id, version: await versionOf(admin.id), subject: "x" }))).toMatchObject({ reason: "conflict" });
    expect(await linkOidcAccount(officer, oidcLink.parse({ userId: officer.id, version: 1, subject: "x" }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await unlinkOidcAccount(officer, { userId: officer.id, version: 1 })).toEqual({ ok: false, reason: "forbidden" });
    expect((await db.user.findUniqueOrThrow({ where: { id: officer.id } })).oidcSubject).toBeNull();
  });

  it("refuses to link while single sign-on is not configured", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const issuer = process.env.OIDC_ISSUER;
    delete process.env.OIDC_ISSUER;
    try {
      expect(await linkOidcAccount(admin, oidcLink.parse({ userId: officer.id, version: 1, subject: "x" }))).toEqual({ ok: false, reason: "conflict", message: OIDC_NOT_CONFIGURED });
    } finally {
      process.env.OIDC_ISSUER = issuer;
    }
  });

  it("unlinking ends the user's sessions and the subject no longer signs in", async () => {
    const officer = await linkedOfficer();
    const outcome = await authorizeOidc(claims(officer.subject), db, someIp());
    const { user } = outcome as { user: User };
    const token = (await authOptions.callbacks!.jwt!({ token: {} as JWT, user, account: null })) as JWT;
    expect(await unlinkOidcAccount(admin, { userId: officer.id, version: await versionOf(officer.id) })).toEqual({ ok: true, value: { id: officer.id } });
    expect(await sessionForToken(token, EXPIRES, db)).toBeNull();
    expect(await authorizeOidc(claims(officer.subject), db, someIp())).toEqual({ refused: "OIDC_UNKNOWN" });
    expect(await unlinkOidcAccount(admin, { userId: officer.id, version: await versionOf(officer.id) })).toMatchObject({ reason: "conflict" });
  });

  it("leaves a password sign-in as it was for an account with its own password", async () => {
    const officer = await linkedOfficer();
    expect((await signInToken(db, officer)).uid).toBe(officer.id);
  });
});
