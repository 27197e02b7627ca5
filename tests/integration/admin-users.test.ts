import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD_MESSAGES } from "@/lib/domain/password-rules";
import { ONE_TIME_PASSWORD_HOURS } from "@/lib/domain/one-time-password";
import { authorizeCredentials, ONE_TIME_PASSWORD_EXPIRED, sessionForToken } from "@/lib/server/auth";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { changeOwnPassword } from "@/lib/server/password-change";
import { TOO_MANY_TRIES, WRONG_CURRENT_PASSWORD } from "@/lib/server/reauthenticate";
import { SIGN_IN_LIMITS } from "@/lib/server/sign-in-limit";
import type { SessionUser } from "@/lib/server/session-user";
import { createUserAccount, deactivateUser, endUserSessions, getUserForAdmin, reactivateUser, resetPassword, updateUserAccount } from "@/lib/server/user-admin";
import { userCreation } from "@/lib/validation/user";
import { EXPIRES, signInToken, someIp } from "../support/admin-factories";
import { createListedParticipant, createProvider, createSupervisor, createUnit, createUser } from "../support/factories";
import { participantLoginOf } from "../support/trust-factories";
import { listUsers } from "@/lib/server/users";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const PASSPHRASE = "cykel under äppelträdet";
let unitId: string;
let admin: SessionUser;
let n = 0;
const newEmail = () => `ny.person${Date.now()}${++n}@test.example`;

beforeAll(async () => {
  unitId = (await createUnit(db)).id;
  admin = await createUser(db, { role: "ADMIN" });
});

const versionOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).version;
const auditOf = (entityId: string, action: "CREATE" | "UPDATE" | "SIGN_OUT" | "READ") => db.auditEvent.findMany({ where: { entityId, action, actorId: admin.id }, orderBy: { id: "asc" } });

describe("an administrator creates a user", () => {
  it("with a one-time password the user must change, at a unit, and the creation is logged without the password", async () => {
    const email = newEmail();
    const result = await createUserAccount(admin, userCreation.parse({ name: "Ny Handläggare", email: email.toUpperCase(), role: "HANDLAGGARE", unitId, password: PASSPHRASE }));
    expect(result.ok).toBe(true);
    const id = (result as { value: { id: string } }).value.id;
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ email, role: "HANDLAGGARE", unitId, providerId: null, mustChangePassword: true, active: true });
    expect(user.passwordHash).not.toContain(PASSPHRASE);
    const [created] = await auditOf(id, "CREATE");
    expect(created!.changes).toMatchObject({ email, role: "HANDLAGGARE", unitId });
    expect(JSON.stringify(created!.changes)).not.toContain(PASSPHRASE);
  });

  it("refuses a common password, a short one and one holding the e-mail with the form's own sentence", async () => {
    const email = newEmail();
    const input = { name: "Ny", email, role: "ADMIN" as const };
    expect(await createUserAccount(admin, { ...input, password: "qwerty123456" })).toEqual({ ok: false, reason: "invalid", errors: [{ field: "password", message: PASSWORD_MESSAGES.common }] });
    expect(await createUserAccount(admin, { ...input, password: "kort" })).toEqual({ ok: false, reason: "invalid", errors: [{ field: "password", message: PASSWORD_MESSAGES.tooShort }] });
    expect(await createUserAccount(admin, { ...input, password: `${email.split("@")[0]} och mer` })).toEqual({ ok: false, reason: "invalid", errors: [{ field: "password", message: PASSWORD_MESSAGES.email }] });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses an address that is taken, and links an anordnare's login to its supervisor", async () => {
    const provider = await createProvider(db);
    const supervisor = await createSupervisor(db, { providerId: provider.id });
    const email = newEmail();
    const created = await createUserAccount(admin, { name: "Handledare", email, role: "ANORDNARE", providerId: provider.id, supervisorId: supervisor.id, password: PASSPHRASE });
    expect(created.ok).toBe(true);
    expect((await db.supervisor.findUniqueOrThrow({ where: { id: supervisor.id } })).userId).toBe((created as { value: { id: string } }).value.id);
    const again = await createUserAccount(admin, { name: "Någon", email, role: "ADMIN", password: PASSPHRASE });
    expect(again).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "email" }] });
  });

  it("refuses a supervisor of another provider", async () => {
    const [mine, theirs] = [await createProvider(db), await createProvider(db)];
    const supervisor = await createSupervisor(db, { providerId: theirs.id });
    const result = await createUserAccount(admin, { name: "X", email: newEmail(), role: "ANORDNARE", providerId: mine.id, supervisorId: supervisor.id, password: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "supervisorId" }] });
  });
});

describe("an administrator changes a user's role", () => {
  it("moves a case officer to coordinator at another unit, logs before and after, and refuses a stale form", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const otherUnit = await createUnit(db);
    const version = await versionOf(officer.id);
    const changed = await updateUserAccount(admin, { userId: officer.id, version, name: officer.name, role: "KOORDINATOR", unitId: otherUnit.id });
    expect(changed.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: officer.id } })).toMatchObject({ role: "KOORDINATOR", unitId: otherUnit.id, version: version + 1 });
    const [update] = await auditOf(officer.id, "UPDATE");
    expect(update!.changes).toEqual({ role: { before: "HANDLAGGARE", after: "KOORDINATOR" }, unitId: { before: unitId, after: otherUnit.id } });
    const stale = await updateUserAccount(admin, { userId: officer.id, version, name: "Annat", role: "ADMIN" });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("the new role applies to a signed-in session at its next request", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signInToken(db, officer);
    await updateUserAccount(admin, { userId: officer.id, version: await versionOf(officer.id), name: officer.name, role: "KOORDINATOR", unitId });
    expect((await sessionForToken(token, EXPIRES, db))?.user.role).toBe("KOORDINATOR");
  });

  it("will not let an administrator change their own role", async () => {
    const result = await updateUserAccount(admin, { userId: admin.id, version: await versionOf(admin.id), name: admin.name, role: "HANDLAGGARE", unitId });
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: [{ field: "role" }] });
  });
});

describe("deactivation", () => {
  it("ends every session of the user at once, and reactivation lets them sign in again", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const [laptop, phone] = [await signInToken(db, officer), await signInToken(db, officer)];
    expect(await sessionForToken(laptop, EXPIRES, db)).not.toBeNull();

    expect((await deactivateUser(admin, { userId: officer.id, version: await versionOf(officer.id) })).ok).toBe(true);
    expect(await sessionForToken(laptop, EXPIRES, db)).toBeNull();
    expect(await sessionForToken(phone, EXPIRES, db)).toBeNull();
    expect(await db.userSession.count({ where: { userId: officer.id, revokedAt: null } })).toBe(0);
    await expect(signInToken(db, officer)).rejects.toThrow("sign-in refused");

    expect((await reactivateUser(admin, { userId: officer.id, version: await versionOf(officer.id) })).ok).toBe(true);
    expect(await sessionForToken(laptop, EXPIRES, db)).toBeNull();
    expect(await sessionForToken(await signInToken(db, officer), EXPIRES, db)).not.toBeNull();
    const updates = await auditOf(officer.id, "UPDATE");
    expect(updates.map((u) => u.changes)).toEqual([
      { active: { before: true, after: false }, sessionsEnded: 2 },
      { active: { before: false, after: true } },
    ]);
  });

  it("an administrator cannot deactivate their own account", async () => {
    expect(await deactivateUser(admin, { userId: admin.id, version: await versionOf(admin.id) })).toMatchObject({ ok: false, reason: "conflict" });
  });
});

describe("a password reset", () => {
  it("ends the user's sessions; the one-time password signs in and the user must choose their own", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const before = await signInToken(db, officer);
    const oneTime = "Tillfälligt-lösen-4711";
    expect((await resetPassword(admin, { userId: officer.id, version: await versionOf(officer.id), password: oneTime })).ok).toBe(true);
    expect(await sessionForToken(before, EXPIRES, db)).toBeNull();
    await expect(signInToken(db, officer)).rejects.toThrow();

    const token = await signInToken(db, { email: officer.email, password: oneTime });
    const session = await sessionForToken(token, EXPIRES, db);
    expect(session?.user).toMatchObject({ id: officer.id, mustChangePassword: true });
    const [reset] = await auditOf(officer.id, "UPDATE");
    expect(reset!.changes).toMatchObject({ password: "återställt", mustChangePassword: true, sessionsEnded: 1 });
    expect(JSON.stringify(reset!.changes)).not.toContain(oneTime);

    const user = { ...officer, sessionId: session!.user.sessionId, mustChangePassword: true };
    expect(await changeOwnPassword(user, { currentPassword: "fel", newPassword: PASSPHRASE, repeatPassword: PASSPHRASE })).toMatchObject({ errors: [{ field: "currentPassword", message: WRONG_CURRENT_PASSWORD }] });
    expect(await changeOwnPassword(user, { currentPassword: oneTime, newPassword: oneTime, repeatPassword: oneTime })).toMatchObject({ errors: [{ field: "newPassword" }] });
    expect((await changeOwnPassword(user, { currentPassword: oneTime, newPassword: PASSPHRASE, repeatPassword: PASSPHRASE })).ok).toBe(true);
    expect((await sessionForToken(token, EXPIRES, db))?.user.mustChangePassword).toBe(false);
    expect(await signInToken(db, { email: officer.email, password: PASSPHRASE })).toBeTruthy();
    // Checked exactly as typed: no trimming, no case folding.
    await expect(signInToken(db, { email: officer.email, password: ` ${PASSPHRASE}` })).rejects.toThrow();
    await expect(signInToken(db, { email: officer.email, password: PASSPHRASE.toUpperCase() })).rejects.toThrow();
  });

  it("a one-time password stops opening the account 72 hours after it was given, signed in or not", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const oneTime = "Tillfälligt-lösen-0815";
    const givenAt = Date.now();
    expect((await resetPassword(admin, { userId: officer.id, version: await versionOf(officer.id), password: oneTime })).ok).toBe(true);
    const { oneTimePasswordExpiresAt } = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(oneTimePasswordExpiresAt!.getTime() - givenAt).toBeGreaterThanOrEqual(ONE_TIME_PASSWORD_HOURS * 3_600_000 - 5_000);
    expect(oneTimePasswordExpiresAt!.getTime() - givenAt).toBeLessThanOrEqual(ONE_TIME_PASSWORD_HOURS * 3_600_000 + 5_000);
    const token = await signInToken(db, { email: officer.email, password: oneTime });

    await db.user.update({ where: { id: officer.id }, data: { oneTimePasswordExpiresAt: new Date(Date.now() - 1000) } });
    expect(await sessionForToken(token, EXPIRES, db)).toBeNull();
    await expect(signInToken(db, { email: officer.email, password: oneTime })).rejects.toThrow(ONE_TIME_PASSWORD_EXPIRED);
    // A wrong password is told apart from nothing: it stays the plain refusal.
    await expect(authorizeCredentials({ email: officer.email, password: "något helt annat" }, db, someIp())).resolves.toBeNull();
    const [refused] = await db.auditEvent.findMany({ where: { entityId: officer.id, action: "SIGN_IN_FAILED" }, orderBy: { id: "asc" } });
    expect(refused!.changes).toMatchObject({ reason: "engångslösenordet har gått ut" });

    // A fresh reset gives a fresh 72 hours; choosing one's own password clears it.
    expect((await resetPassword(admin, { userId: officer.id, version: await versionOf(officer.id), password: oneTime })).ok).toBe(true);
    const again = await signInToken(db, { email: officer.email, password: oneTime });
    const user = { ...officer, sessionId: again.sid!, mustChangePassword: true };
    expect((await changeOwnPassword(user, { currentPassword: oneTime, newPassword: PASSPHRASE, repeatPassword: PASSPHRASE })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: officer.id } })).oneTimePasswordExpiresAt).toBeNull();
  });

  it("a new account's one-time password expires the same way", async () => {
    const email = newEmail();
    const created = await createUserAccount(admin, { name: "Ny Koordinator", email, role: "KOORDINATOR", unitId, password: PASSPHRASE });
    const id = (created as { value: { id: string } }).value.id;
    expect((await db.user.findUniqueOrThrow({ where: { id } })).oneTimePasswordExpiresAt!.getTime()).toBeGreaterThan(Date.now() + (ONE_TIME_PASSWORD_HOURS - 1) * 3_600_000);
    await db.user.update({ where: { id }, data: { oneTimePasswordExpiresAt: new Date(Date.now() - 1000) } });
    await expect(signInToken(db, { email, password: PASSPHRASE })).rejects.toThrow(ONE_TIME_PASSWORD_EXPIRED);
  });

  it("refuses a one-time password holding the user's address, with the rule's sentence", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const result = await resetPassword(admin, { userId: officer.id, version: await versionOf(officer.id), password: `${officer.email} igen` });
    expect(result).toEqual({ ok: false, reason: "invalid", errors: [{ field: "password", message: PASSWORD_MESSAGES.email }] });
  });

  it("a user changing their own password ends their other sessions, not this one", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const [here, elsewhere] = [await signInToken(db, officer), await signInToken(db, officer)];
    const user = { ...officer, sessionId: here.sid };
    expect((await changeOwnPassword(user, { currentPassword: officer.password, newPassword: PASSPHRASE, repeatPassword: PASSPHRASE })).ok).toBe(true);
    expect(await sessionForToken(here, EXPIRES, db)).not.toBeNull();
    expect(await sessionForToken(elsewhere, EXPIRES, db)).toBeNull();
  });
});

describe("guessing the current password when changing it", () => {
  it("is held by the sign-in limit and logged, so a stolen session cannot try passwords freely", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signInToken(db, officer);
    const user = { ...officer, sessionId: token.sid };
    for (let i = 0; i < SIGN_IN_LIMITS.addressFromIp.maxFailures; i++) {
      expect(await changeOwnPassword(user, { currentPassword: `gissning-${i}`, newPassword: PASSPHRASE, repeatPassword: PASSPHRASE })).toMatchObject({ errors: [{ message: WRONG_CURRENT_PASSWORD }] });
    }
    expect(await changeOwnPassword(user, { currentPassword: officer.password, newPassword: PASSPHRASE, repeatPassword: PASSPHRASE })).toMatchObject({
      errors: [{ field: "currentPassword", message: TOO_MANY_TRIES }],
    });
    expect(await db.auditEvent.count({ where: { action: "SIGN_IN_FAILED", entityId: officer.id, changes: { equals: { check: "password-change" } } } })).toBe(SIGN_IN_LIMITS.addressFromIp.maxFailures);
  });
});

describe("an administrator sees a user's sign-ins and ends their sessions", () => {
  it("lists when and from where the user signed in (failures too) and the sessions still open; the look is logged", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const [home, away] = [someIp(), someIp()];
    await signInToken(db, officer, home, "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0");
    await expect(signInToken(db, { email: officer.email, password: "fel lösenord" }, away)).rejects.toThrow();
    const shown = await getUserForAdmin(admin, officer.id);
    // A case officer's sign-in is two events: the password, then the code (lib/server/second-factor.ts).
    expect(shown!.signIns.map((s) => [s.action, s.ip])).toEqual([
      ["SIGN_IN_FAILED", away],
      ["SIGN_IN", home],
      ["SIGN_IN", home],
    ]);
    expect(shown!.sessions).toHaveLength(1);
    expect(shown!.sessions[0]).toMatchObject({ ip: home, userAgent: expect.stringContaining("Firefox") });
    expect((await auditOf(officer.id, "READ")).map((r) => r.changes)).toEqual([{ view: "admin-user" }]);
  });

  it("ending all of a user's sessions stops every one of them at once", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const tokens = [await signInToken(db, officer), await signInToken(db, officer)];
    expect((await endUserSessions(admin, { userId: officer.id })).ok).toBe(true);
    for (const token of tokens) expect(await sessionForToken(token, EXPIRES, db)).toBeNull();
    expect((await auditOf(officer.id, "SIGN_OUT"))[0]!.changes).toEqual({ endedBy: "admin", sessions: 2 });
    expect(await sessionForToken(await signInToken(db, officer), EXPIRES, db)).not.toBeNull();
  });
});

describe("no one but an administrator reaches these functions", () => {
  it("every other role is refused every command, an unknown user is not found, and nothing is written", async () => {
    const provider = await createProvider(db);
    const target = await createUser(db, { role: "HANDLAGGARE", unitId });
    const version = await versionOf(target.id);
    const outsiders = [
      await createUser(db, { role: "HANDLAGGARE", unitId }),
      await createUser(db, { role: "KOORDINATOR", unitId }),
      await createUser(db, { role: "ANORDNARE", providerId: provider.id }),
    ];
    const byOutsiders = () => db.auditEvent.count({ where: { actorId: { in: outsiders.map((o) => o.id) } } });
    const eventsBefore = await byOutsiders();
    for (const outsider of outsiders) {
      const email = newEmail();
      expect(await createUserAccount(outsider, { name: "X", email, role: "ADMIN", password: PASSPHRASE })).toEqual({ ok: false, reason: "forbidden" });
      expect(await updateUserAccount(outsider, { userId: target.id, version, name: "X", role: "ADMIN" })).toEqual({ ok: false, reason: "forbidden" });
      expect(await deactivateUser(outsider, { userId: target.id, version })).toEqual({ ok: false, reason: "forbidden" });
      expect(await reactivateUser(outsider, { userId: target.id, version })).toEqual({ ok: false, reason: "forbidden" });
      expect(await resetPassword(outsider, { userId: target.id, version, password: PASSPHRASE })).toEqual({ ok: false, reason: "forbidden" });
      expect(await endUserSessions(outsider, { userId: target.id })).toEqual({ ok: false, reason: "forbidden" });
      expect(await getUserForAdmin(outsider, target.id)).toBeNull();
      expect(await db.user.count({ where: { email } })).toBe(0);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "HANDLAGGARE", active: true, version });
    expect(await byOutsiders()).toBe(eventsBefore);
    const nobody = "00000000-0000-4000-8000-000000000000";
    expect(await deactivateUser(admin, { userId: nobody, version: 1 })).toEqual({ ok: false, reason: "not-found" });
    expect(await endUserSessions(admin, { userId: nobody })).toEqual({ ok: false, reason: "not-found" });
    expect(await getUserForAdmin(admin, nobody)).toBeNull();
  });
});

describe("a participant's own login", () => {
  it("is not among an administrator's accounts: not listed, not opened, not changed (their case officer opens and closes it)", async () => {
    const participant = await createListedParticipant(db, { unitId });
    const login = await participantLoginOf(db, participant.id);
    expect((await listUsers(admin)).map((u) => u.id)).not.toContain(login.id);
    expect(await getUserForAdmin(admin, login.id)).toBeNull();
    expect(await updateUserAccount(admin, { userId: login.id, version: 1, name: "Ny roll", role: "KOORDINATOR" })).toMatchObject({ ok: false, reason: "not-found" });
    expect(await deactivateUser(admin, { userId: login.id, version: 1 })).toMatchObject({ ok: false, reason: "not-found" });
    expect(await db.user.findUniqueOrThrow({ where: { id: login.id } })).toMatchObject({ role: "DELTAGARE", active: true });
  });
});
