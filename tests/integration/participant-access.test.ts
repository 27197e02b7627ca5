// The participant's own view (issue 18): the officer's sign-in code, the participant's sign-in with it, and what
// the login then reads and approves: their own case, nothing of anyone else's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { formatPersonalNumber } from "@/lib/format/personal-number";
import { addDaysIso } from "@/lib/rules/dates";
import { authOptions, authorizeCredentials, sessionForToken } from "@/lib/server/auth";
import { approveAgreementAsParticipant } from "@/lib/server/agreements/approve";
import { agreementForParticipant } from "@/lib/server/agreements/read";
import { today } from "@/lib/server/clock";
import { ownAccessLog } from "@/lib/server/data-protection/access-log";
import { ownCase, ownPlacement } from "@/lib/server/own-case";
import { newParticipantCode } from "@/lib/server/participant-access/code";
import { endParticipantAccess, issueParticipantCode } from "@/lib/server/participant-access/officer";
import { authorizeParticipantCode, PARTICIPANT_RATE_LIMITED } from "@/lib/server/participant-access/sign-in";
import { createPrismaClient } from "@/lib/server/prisma-client";
import type { SessionUser } from "@/lib/server/session-user";
import { SIGN_IN_LIMITS } from "@/lib/server/sign-in-limit";
import { EXPIRES, someIp } from "../support/admin-factories";
import { createAgreement } from "../support/agreement-factories";
import { createListedParticipant, createPlacementOn, createProvider, createUnit, createUser } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let officer: SessionUser;
let host: SessionUser;
let providerId: string;
beforeAll(async () => {
  const unit = await createUnit(db);
  providerId = (await createProvider(db)).id;
  officer = await createUser(db, { role: "HANDLAGGARE", unitId: unit.id });
  host = await createUser(db, { role: "ANORDNARE", providerId });
});

async function participantWithPlacement() {
  const participant = await createListedParticipant(db, { unitId: officer.unitId!, responsibleOfficerId: officer.id });
  const day = today();
  const placement = await createPlacementOn(db, { participantId: participant.id, providerId, officerId: officer.id, startDate: addDaysIso(day, -5), plannedEndDate: addDaysIso(day, 60), status: "ACTIVE" });
  return { participant, placement, personnummer: formatPersonalNumber(participant.personalIdentityNumber) };
}

async function issued(participantId: string) {
  const code = newParticipantCode();
  const result = await issueParticipantCode(officer, { participantId, code });
  if (!result.ok) throw new Error(`code refused: ${JSON.stringify(result)}`);
  return code;
}

/** What next-auth does with an authorized participant: the token, then the session it stands for. */
async function signedIn(personnummer: string, kod: string, ip = someIp()): Promise<{ token: JWT; user: SessionUser }> {
  const authorized = await authorizeParticipantCode({ personnummer, kod }, db, ip);
  if (!authorized) throw new Error("sign-in refused");
  const token = (await authOptions.callbacks!.jwt!({ token: {} as JWT, user: authorized, account: null })) as JWT;
  const session = await sessionForToken(token, EXPIRES, db);
  return { token, user: session!.user };
}

describe("the officer's sign-in code", () => {
  it("opens the participant's own view once, as a participant of that case and nothing else", async () => {
    const { participant, personnummer } = await participantWithPlacement();
    const code = await issued(participant.id);
    const { user } = await signedIn(personnummer, code.toLowerCase().replace(/^(.{4})/, "$1 "));
    expect(user).toMatchObject({ role: "DELTAGARE", participantId: participant.id, unitId: null, providerId: null });
    // The login holds no personal data of its own.
    expect(user.name).toBe(`Deltagare, ärende ${participant.caseNumber}`);
    expect(user.email).toMatch(/@deltagare\.stegvis\.invalid$/);
    expect(await authorizeParticipantCode({ personnummer, kod: code }, db, someIp())).toBeNull();
  });

  it("refuses a wrong code, an unknown personnummer and an expired code alike, and logs each failure", async () => {
    const { participant, personnummer } = await participantWithPlacement();
    const code = await issued(participant.id);
    const other = await createListedParticipant(db, { unitId: officer.unitId! });
    const wrongCode = code.startsWith("A") ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    expect(await authorizeParticipantCode({ personnummer, kod: wrongCode }, db, someIp())).toBeNull();
    expect(await authorizeParticipantCode({ personnummer: formatPersonalNumber(other.personalIdentityNumber), kod: code }, db, someIp())).toBeNull();
    await db.participantSignInCode.updateMany({ where: { user: { participantId: participant.id } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await authorizeParticipantCode({ personnummer, kod: code }, db, someIp())).toBeNull();
    const login = await db.user.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(await db.auditEvent.count({ where: { entityId: login.id, action: "SIGN_IN_FAILED" } })).toBe(2);
  });

  it("stops the earlier code when a new one is activated, and the same page posted twice activates once", async () => {
    const { participant, personnummer } = await participantWithPlacement();
    const first = await issued(participant.id);
    const second = newParticipantCode();
    expect((await issueParticipantCode(officer, { participantId: participant.id, code: second })).ok).toBe(true);
    expect(await issueParticipantCode(officer, { participantId: participant.id, code: second })).toMatchObject({ ok: false, reason: "conflict" });
    expect(await authorizeParticipantCode({ personnummer, kod: first }, db, someIp())).toBeNull();
    expect((await signedIn(personnummer, second)).user.participantId).toBe(participant.id);
  });

  it("is given only by an officer of the participant's unit: another unit and a host find no participant", async () => {
    const { participant } = await participantWithPlacement();
    const stranger = await createUser(db, { role: "HANDLAGGARE", unitId: (await createUnit(db)).id });
    for (const user of [stranger, host]) expect(await issueParticipantCode(user, { participantId: participant.id, code: newParticipantCode() })).toMatchObject({ ok: false, reason: "not-found" });
    expect(await db.user.count({ where: { participantId: participant.id } })).toBe(0);
  });

  it("is held by the sign-in limits like a password: five wrong codes from one client stop the sixth try", async () => {
    const { participant, personnummer } = await participantWithPlacement();
    const code = await issued(participant.id);
    const ip = someIp();
    for (let i = 0; i < SIGN_IN_LIMITS.addressFromIp.maxFailures; i++) expect(await authorizeParticipantCode({ personnummer, kod: "ZZZZ-ZZZZ" }, db, ip)).toBeNull();
    await expect(authorizeParticipantCode({ personnummer, kod: code }, db, ip)).rejects.toThrow(PARTICIPANT_RATE_LIMITED);
  });

  it("never opens with a password, even the login's own address", async () => {
    const { participant } = await participantWithPlacement();
    await issued(participant.id);
    const login = await db.user.findUniqueOrThrow({ where: { participantId: participant.id } });
    expect(await authorizeCredentials({ email: login.email, password: login.passwordHash }, db, someIp())).toBeNull();
  });
});

describe("ending the participant's login", () => {
  it("ends their sessions and codes at once", async () => {
    const { participant, personnummer } = await participantWithPlacement();
    const { token } = await signedIn(personnummer, await issued(participant.id));
    const unused = await issued(participant.id);
    expect((await endParticipantAccess(officer, { participantId: participant.id })).ok).toBe(true);
    expect(await sessionForToken(token, EXPIRES, db)).toBeNull();
    expect(await authorizeParticipantCode({ personnummer, kod: unused }, db, someIp())).toBeNull();
    expect(await endParticipantAccess(officer, { participantId: participant.id })).toMatchObject({ ok: false, reason: "conflict" });
  });

  it("happens by retention too: an anonymised participant's code opens nothing", async () => {
    const { participant, personnummer } = await participantWithPlacement();
    const code = await issued(participant.id);
    await db.participant.update({ where: { id: participant.id }, data: { anonymisedAt: new Date() } });
    expect(await authorizeParticipantCode({ personnummer, kod: code }, db, someIp())).toBeNull();
  });
});

describe("the participant's own view", () => {
  it("shows their own case and placement, and nothing of another participant's", async () => {
    const mine = await participantWithPlacement();
    const theirs = await participantWithPlacement();
    const { user } = await signedIn(mine.personnummer, await issued(mine.participant.id));
    const view = await ownCase(user);
    expect(view?.placements.map((p) => p.id)).toEqual([mine.placement.id]);
    expect(view?.firstName).toBe(mine.participant.firstName);
    expect((await ownPlacement(user, mine.placement.id))?.id).toBe(mine.placement.id);
    expect(await ownPlacement(user, theirs.placement.id)).toBeNull();
    expect(await agreementForParticipant(user, theirs.placement.id)).toBeNull();
    // Staff find nothing through the participant's reads.
    expect(await ownCase(officer)).toBeNull();
    expect(await ownPlacement(officer, mine.placement.id)).toBeNull();
  });

  it("approves their own sent agreement themselves, not another participant's", async () => {
    const mine = await participantWithPlacement();
    const theirs = await participantWithPlacement();
    const own = await createAgreement(db, { placementId: mine.placement.id, officerId: officer.id, hostUserId: host.id, step: "sent", sentOn: today() });
    const other = await createAgreement(db, { placementId: theirs.placement.id, officerId: officer.id, hostUserId: host.id, step: "sent", sentOn: today() });
    const { user } = await signedIn(mine.personnummer, await issued(mine.participant.id));
    expect((await agreementForParticipant(user, mine.placement.id))?.approvalRefusals.PARTICIPANT).toBeNull();
    expect((await ownCase(user))?.placements[0]?.agreement).toEqual({ status: "WAITING", toApprove: true });
    expect(await approveAgreementAsParticipant(user, { versionId: own.id })).toMatchObject({ ok: true });
    expect((await ownCase(user))?.placements[0]?.agreement).toEqual({ status: "WAITING", toApprove: false });
    const approval = await db.agreementApproval.findFirstOrThrow({ where: { versionId: own.id, party: "PARTICIPANT" } });
    expect(approval).toMatchObject({ approvedById: user.id, onBehalfReason: null });
    expect(await approveAgreementAsParticipant(user, { versionId: other.id })).toMatchObject({ ok: false, reason: "not-found" });
    expect(await db.agreementApproval.count({ where: { versionId: other.id } })).toBe(0);
  });

  it("lists who has read their record: the officer's code, and their own reads as their own", async () => {
    const mine = await participantWithPlacement();
    const { user } = await signedIn(mine.personnummer, await issued(mine.participant.id));
    await ownCase(user);
    const rows = await ownAccessLog(user);
    expect(rows?.map((r) => [r.who, r.description])).toEqual(
      expect.arrayContaining([
        [officer.name, "Gav deltagaren en inloggningskod"],
        ["Du själv", "Deltagaren öppnade sin egen översikt"],
      ]),
    );
    expect(await ownAccessLog(officer)).toBeNull();
  });
});
