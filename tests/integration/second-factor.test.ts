import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECOVERY_CODE_COUNT, totpCode, totpStep } from "@/lib/domain/second-factor";
import { RATE_LIMITED, sessionForToken } from "@/lib/server/auth";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { confirmEnrolment, TOO_MANY_CODES, USED_CODE, verifySecondFactor, WRONG_CODE, WRONG_ENROLMENT_CODE } from "@/lib/server/second-factor";
import { SIGN_IN_LIMITS } from "@/lib/server/sign-in-limit";
import { getUserForAdmin, resetSecondFactor } from "@/lib/server/user-admin";
import { knownTotpSecret } from "@/prisma/demo-second-factor";
import { EXPIRES, passwordOnlyToken, pendingOf, signInToken, someIp } from "../support/admin-factories";
import { createProvider, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let unitId: string;
beforeAll(async () => {
  unitId = (await createUnit(db)).id;
});

/** The time of the step after the account's last used one, and that step's code: a code no sign-in has used. */
async function unusedCode(userId: string, email: string) {
  const { lastUsedStep } = await db.totpCredential.findUniqueOrThrow({ where: { userId } });
  const step = Math.max(totpStep(new Date()), lastUsedStep + 1);
  return { code: totpCode(knownTotpSecret(email), step), at: new Date(step * 30_000) };
}

async function heldSignIn(user: { email: string; password: string }, ip = someIp()) {
  const token = await passwordOnlyToken(db, user, ip);
  const pending = await pendingOf(db, token, ip);
  if (!pending) throw new Error("the session was not held at the second factor");
  return { token, pending };
}

/** JSON of anything, ids that are big integers included (audit events), to look for a secret in it. */
const asText = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

const failuresOf = (userId: string) => db.auditEvent.findMany({ where: { entityId: userId, action: "SIGN_IN_FAILED" }, orderBy: { id: "asc" } });

describe("a password opens nothing on its own for a role that needs a second factor", () => {
  it("a case officer's password opens a session held at the code, which carries no user", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const { token, pending } = await heldSignIn(officer);
    const session = await sessionForToken(token, EXPIRES, db);
    expect(session?.user).toBeUndefined();
    expect(pending).toMatchObject({ step: "verify", userId: officer.id, sessionId: token.sid });
    const { code, at } = await unusedCode(officer.id, officer.email);
    expect(await verifySecondFactor(pending, { code }, at)).toEqual({ ok: true, value: { method: "app" } });
    expect((await sessionForToken(token, EXPIRES, db))?.user).toMatchObject({ id: officer.id, sessionId: token.sid });
    const signIns = await db.auditEvent.findMany({ where: { entityId: officer.id, action: "SIGN_IN" }, orderBy: { id: "asc" } });
    expect(signIns.map((event) => event.changes)).toEqual([
      { sessionId: token.sid, secondFactor: "väntar" },
      { sessionId: token.sid, secondFactor: "app" },
    ]);
  });

  it("a host without an app set up signs in with the password alone", async () => {
    const host = await createUser(db, { role: "ANORDNARE", providerId: (await createProvider(db)).id });
    const token = await passwordOnlyToken(db, host);
    expect((await sessionForToken(token, EXPIRES, db))?.user).toMatchObject({ id: host.id });
  });

  it("a required role without an app is held at enrolment, even in a session opened before it needed one", async () => {
    const host = await createUser(db, { role: "ANORDNARE", providerId: (await createProvider(db)).id });
    const token = await passwordOnlyToken(db, host);
    await db.user.update({ where: { id: host.id }, data: { role: "ADMIN", providerId: null } });
    expect(await sessionForToken(token, EXPIRES, db)).toMatchObject({ secondFactor: { step: "enrol", userId: host.id } });
  });
});

describe("setting up the app", () => {
  async function officerWithoutApp() {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    await db.totpCredential.delete({ where: { userId: officer.id } });
    return officer;
  }

  it("saves the secret only once a code made from it is typed, and gives recovery codes kept only as hashes", async () => {
    const officer = await officerWithoutApp();
    const { token, pending } = await heldSignIn(officer);
    expect(pending.step).toBe("enrol");
    const secret = knownTotpSecret(officer.email);
    const now = new Date();
    const wrong = await confirmEnrolment(pending, { secret, code: totpCode(secret, totpStep(now) + 5) }, now);
    expect(wrong).toMatchObject({ ok: false, errors: [{ field: "code", message: WRONG_ENROLMENT_CODE }] });
    expect(await db.totpCredential.findUnique({ where: { userId: officer.id } })).toBeNull();
    expect(await failuresOf(officer.id)).toHaveLength(1);

    const result = await confirmEnrolment(pending, { secret, code: totpCode(secret, totpStep(now)) }, now);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(result.value.recoveryCodes).size).toBe(RECOVERY_CODE_COUNT);
    const stored = await db.recoveryCode.findMany({ where: { userId: officer.id } });
    expect(stored).toHaveLength(RECOVERY_CODE_COUNT);
    for (const code of result.value.recoveryCodes) expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));
    expect((await sessionForToken(token, EXPIRES, db))?.user).toMatchObject({ id: officer.id });
    const [created] = await db.auditEvent.findMany({ where: { entityId: officer.id, action: "CREATE", entity: "TotpCredential" } });
    expect(created!.changes).toEqual({ recoveryCodes: RECOVERY_CODE_COUNT });
    const everything = asText(await db.auditEvent.findMany({ where: { entityId: officer.id } }));
    expect(everything).not.toContain(secret);
  });

  it("a second confirmation (another tab) does not replace the app the first one set up", async () => {
    const officer = await officerWithoutApp();
    const first = await heldSignIn(officer);
    const second = await heldSignIn(officer);
    const secret = knownTotpSecret(officer.email);
    const now = new Date();
    expect((await confirmEnrolment(first.pending, { secret, code: totpCode(secret, totpStep(now)) }, now)).ok).toBe(true);
    const other = "A".repeat(32);
    expect(await confirmEnrolment(second.pending, { secret: other, code: totpCode(other, totpStep(now)) }, now)).toMatchObject({ ok: false, reason: "conflict" });
    expect((await db.totpCredential.findUniqueOrThrow({ where: { userId: officer.id } })).secret).toBe(secret);
  });
});

describe("the code at sign-in", () => {
  it("a code opens one session only: the same code again is refused and logged", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const { code, at } = await unusedCode(officer.id, officer.email);
    expect((await verifySecondFactor((await heldSignIn(officer)).pending, { code }, at)).ok).toBe(true);
    const replay = await heldSignIn(officer);
    expect(await verifySecondFactor(replay.pending, { code }, at)).toMatchObject({ ok: false, errors: [{ field: "code", message: USED_CODE }] });
    expect(await sessionForToken(replay.token, EXPIRES, db)).not.toHaveProperty("user");
    expect((await failuresOf(officer.id)).map((event) => event.changes)).toEqual([{ check: "second-factor", reason: "code-reused" }]);
  });

  it("an older code than the last one used is refused too", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const { at } = await unusedCode(officer.id, officer.email);
    const step = totpStep(at);
    const secret = knownTotpSecret(officer.email);
    expect((await verifySecondFactor((await heldSignIn(officer)).pending, { code: totpCode(secret, step + 1) }, at)).ok).toBe(true);
    expect(await verifySecondFactor((await heldSignIn(officer)).pending, { code: totpCode(secret, step) }, at)).toMatchObject({ errors: [{ message: USED_CODE }] });
  });

  it(`wrong codes count with wrong passwords: after ${SIGN_IN_LIMITS.addressFromIp.maxFailures} from one client even the right code and password wait`, async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const ip = someIp();
    const { pending } = await heldSignIn(officer, ip);
    // The right password counts as no success: signing in again does not restart the count of wrong codes.
    for (let i = 0; i < SIGN_IN_LIMITS.addressFromIp.maxFailures; i++) {
      if (i === 2) expect(await pendingOf(db, await passwordOnlyToken(db, officer, ip), ip)).not.toBeNull();
      expect(await verifySecondFactor(pending, { code: "000000" })).toMatchObject({ errors: [{ field: "code", message: WRONG_CODE }] });
    }
    const { code, at } = await unusedCode(officer.id, officer.email);
    expect(await verifySecondFactor(pending, { code }, at)).toMatchObject({ errors: [{ field: "code", message: TOO_MANY_CODES }] });
    await expect(passwordOnlyToken(db, officer, ip)).rejects.toThrow(RATE_LIMITED);
    expect(await db.auditEvent.count({ where: { entityId: officer.id, action: "SIGN_IN_BLOCKED" } })).toBe(2);
    expect(await failuresOf(officer.id)).toHaveLength(SIGN_IN_LIMITS.addressFromIp.maxFailures);
    // From elsewhere the user still gets in.
    expect((await sessionForToken(await signInToken(db, officer), EXPIRES, db))?.user).toMatchObject({ id: officer.id });
  });

  it("a recovery code opens a session once, and a user can use another", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    await db.totpCredential.delete({ where: { userId: officer.id } });
    const secret = knownTotpSecret(officer.email);
    const now = new Date();
    const enrolled = await confirmEnrolment((await heldSignIn(officer)).pending, { secret, code: totpCode(secret, totpStep(now)) }, now);
    if (!enrolled.ok) throw new Error(JSON.stringify(enrolled));
    const [first, second] = enrolled.value.recoveryCodes;

    const lost = await heldSignIn(officer);
    expect(await verifySecondFactor(lost.pending, { code: first!.toLowerCase() })).toEqual({ ok: true, value: { method: "recovery" } });
    expect((await sessionForToken(lost.token, EXPIRES, db))?.user).toMatchObject({ id: officer.id });
    expect(await verifySecondFactor((await heldSignIn(officer)).pending, { code: first! })).toMatchObject({ errors: [{ message: WRONG_CODE }] });
    expect((await verifySecondFactor((await heldSignIn(officer)).pending, { code: second! })).ok).toBe(true);
    expect(await db.recoveryCode.count({ where: { userId: officer.id, usedAt: null } })).toBe(RECOVERY_CODE_COUNT - 2);
    const signIn = await db.auditEvent.findFirstOrThrow({ where: { entityId: officer.id, action: "SIGN_IN", changes: { path: ["sessionId"], equals: lost.token.sid }, NOT: { changes: { path: ["secondFactor"], equals: "väntar" } } } });
    expect(signIn.changes).toMatchObject({ secondFactor: `återställningskod (${RECOVERY_CODE_COUNT - 1} kvar)` });
  });

  it("a session ended while held at the code (signed out elsewhere) does not open with the right code", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const { token, pending } = await heldSignIn(officer);
    await db.userSession.update({ where: { id: token.sid }, data: { revokedAt: new Date() } });
    const { code, at } = await unusedCode(officer.id, officer.email);
    expect(await verifySecondFactor(pending, { code }, at)).toMatchObject({ ok: false, reason: "conflict" });
    expect((await db.totpCredential.findUniqueOrThrow({ where: { userId: officer.id } })).lastUsedStep).toBe(0);
  });
});

describe("an administrator resets a lost app", () => {
  it("removes the app and recovery codes, ends every session, logs it, and the user sets it up again at the next sign-in", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const adminUser = { ...admin, sessionId: (await signInToken(db, admin)).sid };
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const before = await signInToken(db, officer);
    const shown = await getUserForAdmin(adminUser, officer.id);
    expect(shown?.secondFactorSince).toBeInstanceOf(Date);
    expect(asText(shown)).not.toContain(knownTotpSecret(officer.email));

    const { version } = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(await resetSecondFactor(adminUser, { userId: officer.id, version })).toEqual({ ok: true, value: { id: officer.id } });
    expect(await sessionForToken(before, EXPIRES, db)).toBeNull();
    expect(await db.totpCredential.findUnique({ where: { userId: officer.id } })).toBeNull();
    const [reset] = await db.auditEvent.findMany({ where: { entityId: officer.id, action: "DELETE", entity: "TotpCredential" } });
    expect(reset).toMatchObject({ actorId: admin.id, changes: { secondFactor: "återställd", sessionsEnded: 1 } });
    expect((await heldSignIn(officer)).pending.step).toBe("enrol");
    // A second click from the page as it was (the version it was drawn at) is a stale edit.
    expect(await resetSecondFactor(adminUser, { userId: officer.id, version })).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("is for administrators only, and not on their own account", async () => {
    const admin = await createUser(db, { role: "ADMIN" });
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const { version } = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(await resetSecondFactor(officer, { userId: officer.id, version })).toEqual({ ok: false, reason: "forbidden" });
    const own = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(await resetSecondFactor(admin, { userId: admin.id, version: own.version })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await db.totpCredential.count({ where: { userId: { in: [admin.id, officer.id] } } })).toBe(2);
  });
});

