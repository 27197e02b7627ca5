import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions, endSession, sessionForToken } from "@/lib/server/auth";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { SESSION_IDLE_LIMIT_MS, SESSION_MAX_AGE_SECONDS } from "@/lib/server/session-lifetime";
import { WRONG_CURRENT_PASSWORD } from "@/lib/server/reauthenticate";
import { endOwnSessions, LAST_SEEN_EVERY_MS, listOwnSessions, touchSession } from "@/lib/server/user-sessions";
import { EXPIRES, signInToken } from "../support/admin-factories";
import { createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let unitId: string;
beforeAll(async () => {
  unitId = (await createUnit(db)).id;
});

const asSession = async (officer: Awaited<ReturnType<typeof createUser>>, token: { sid: string }) => ({ ...officer, sessionId: token.sid });

describe("a session is a row of its own, checked on every request", () => {
  it("sign-in opens one with the client's address and browser, and its id rides in the token", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signInToken(db, officer, "192.0.2.10", "Mozilla/5.0 Chrome/131.0");
    const row = await db.userSession.findUniqueOrThrow({ where: { id: token.sid } });
    expect(row).toMatchObject({ userId: officer.id, ip: "192.0.2.10", userAgent: "Mozilla/5.0 Chrome/131.0", revokedAt: null });
    const signIn = await db.auditEvent.findFirstOrThrow({ where: { action: "SIGN_IN", entityId: officer.id } });
    expect(signIn).toMatchObject({ ip: "192.0.2.10", changes: { sessionId: token.sid } });
  });

  it("a revoked session stops working, though the user and its token are otherwise fine", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signInToken(db, officer);
    await db.userSession.update({ where: { id: token.sid }, data: { revokedAt: new Date() } });
    expect(await sessionForToken(token, EXPIRES, db)).toBeNull();
  });

  it("a token without a session id, or with another user's, opens nothing", async () => {
    const [officer, other] = [await createUser(db, { role: "HANDLAGGARE", unitId }), await createUser(db, { role: "HANDLAGGARE", unitId })];
    const token = await signInToken(db, officer);
    const theirs = await signInToken(db, other);
    expect(await sessionForToken({ ...token, sid: undefined as never }, EXPIRES, db)).toBeNull();
    expect(await sessionForToken({ ...token, sid: theirs.sid }, EXPIRES, db)).toBeNull();
  });

  it("a token whose session id is no session id at all opens nothing, rather than failing as if the database were down", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signInToken(db, officer);
    expect(await sessionForToken({ ...token, sid: "not-a-session" }, EXPIRES, db)).toBeNull();
  });

  it("signing out revokes this session only; the user's other browser goes on", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const [laptop, phone] = [await signInToken(db, officer), await signInToken(db, officer)];
    await endSession(laptop, db);
    expect(await sessionForToken(laptop, EXPIRES, db)).toBeNull();
    expect(await sessionForToken(phone, EXPIRES, db)).not.toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: laptop.sid } })).revokedAt).not.toBeNull();
  });

  it("/api/auth/session answers nothing for a session ended on the server, and nothing after the working day", async () => {
    const officer = await createUser(db, { role: "KOORDINATOR" });
    const token = await signInToken(db, officer);
    const ask = (t: typeof token) => authOptions.callbacks!.session!({ session: { expires: EXPIRES } as never, token: t, user: undefined as never, newSession: undefined, trigger: "update" });
    expect(await ask({ ...token, signedInAt: Math.floor(Date.now() / 1000) - SESSION_MAX_AGE_SECONDS - 1 })).toEqual({});
    await db.userSession.update({ where: { id: token.sid }, data: { revokedAt: new Date() } });
    expect(await ask(token)).toEqual({});
  });

  it("a session left alone for more than an hour ends, and is no longer listed as open", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signInToken(db, officer);
    await db.userSession.update({ where: { id: token.sid }, data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_LIMIT_MS - 60_000) } });
    expect(await sessionForToken(token, EXPIRES, db)).toBeNull();
    expect(await listOwnSessions({ ...officer, sessionId: undefined })).toEqual([]);
  });

  it("notes when a session was last used at most once a minute, not on every request", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const token = await signInToken(db, officer);
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await db.userSession.update({ where: { id: token.sid }, data: { lastSeenAt: longAgo } });
    await sessionForToken(token, EXPIRES, db);
    const seen = (await db.userSession.findUniqueOrThrow({ where: { id: token.sid } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(longAgo.getTime());

    const row = await db.userSession.findUniqueOrThrow({ where: { id: token.sid } });
    await touchSession(db, row, new Date(row.lastSeenAt.getTime() + LAST_SEEN_EVERY_MS - 1));
    expect((await db.userSession.findUniqueOrThrow({ where: { id: token.sid } })).lastSeenAt).toEqual(row.lastSeenAt);
    const later = new Date(row.lastSeenAt.getTime() + LAST_SEEN_EVERY_MS + 1);
    await touchSession(db, row, later);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: token.sid } })).lastSeenAt).toEqual(later);
  });
});

describe("a user sees and ends their own sessions", () => {
  it("lists only their own open sessions, marking this one", async () => {
    const [officer, colleague] = [await createUser(db, { role: "HANDLAGGARE", unitId }), await createUser(db, { role: "HANDLAGGARE", unitId })];
    const here = await signInToken(db, officer);
    const there = await signInToken(db, officer);
    const ended = await signInToken(db, officer);
    await endSession(ended, db);
    await signInToken(db, colleague);
    const listed = await listOwnSessions(await asSession(officer, here));
    expect(listed.map((s) => [s.id, s.current]).sort()).toEqual([[here.sid, true], [there.sid, false]].sort());
  });

  it("ends another of their sessions once they have typed their password, which stops it at once; a colleague's session id is not found", async () => {
    const [officer, colleague] = [await createUser(db, { role: "HANDLAGGARE", unitId }), await createUser(db, { role: "HANDLAGGARE", unitId })];
    const here = await signInToken(db, officer);
    const there = await signInToken(db, officer);
    const theirs = await signInToken(db, colleague);
    const me = await asSession(officer, here);

    expect(await endOwnSessions(me, { sessionId: there.sid, password: "fel lösenord" })).toEqual({ ok: false, reason: "invalid", errors: [{ field: "password", message: WRONG_CURRENT_PASSWORD }] });
    expect(await sessionForToken(there, EXPIRES, db)).not.toBeNull();
    expect(await endOwnSessions(me, { sessionId: theirs.sid, password: officer.password })).toEqual({ ok: false, reason: "not-found" });
    expect(await sessionForToken(theirs, EXPIRES, db)).not.toBeNull();
    expect(await endOwnSessions(me, { sessionId: here.sid, password: officer.password })).toMatchObject({ ok: false, reason: "conflict" });

    expect(await endOwnSessions(me, { sessionId: there.sid, password: officer.password })).toEqual({ ok: true, value: { ended: 1 } });
    expect(await sessionForToken(there, EXPIRES, db)).toBeNull();
    expect(await sessionForToken(here, EXPIRES, db)).not.toBeNull();
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: "SIGN_OUT", entity: "UserSession", entityId: there.sid } })).toMatchObject({ actorId: officer.id });
  });

  it("ends all their other sessions at once", async () => {
    const officer = await createUser(db, { role: "HANDLAGGARE", unitId });
    const here = await signInToken(db, officer);
    const others = [await signInToken(db, officer), await signInToken(db, officer)];
    expect(await endOwnSessions(await asSession(officer, here), { password: officer.password })).toEqual({ ok: true, value: { ended: 2 } });
    for (const other of others) expect(await sessionForToken(other, EXPIRES, db)).toBeNull();
    expect(await sessionForToken(here, EXPIRES, db)).not.toBeNull();
  });
});
