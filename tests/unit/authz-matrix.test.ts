import { describe, expect, it } from "vitest";
import { apiKeyPolicies, policies, type PolicyName, START_PAGE } from "@/lib/server/authz";
import type { Role } from "@/lib/server/generated/prisma/enums";

const UNIT = "unit-1";
const PROVIDER = "provider-1";
const PARTICIPANT = "participant-1";
const actors: Record<Role, { id: string; role: Role; unitId: string | null; providerId: string | null; participantId?: string }> = {
  HANDLAGGARE: { id: "h", role: "HANDLAGGARE", unitId: UNIT, providerId: null },
  ANORDNARE: { id: "a", role: "ANORDNARE", unitId: null, providerId: PROVIDER },
  KOORDINATOR: { id: "k", role: "KOORDINATOR", unitId: UNIT, providerId: null },
  ADMIN: { id: "x", role: "ADMIN", unitId: null, providerId: null },
  DELTAGARE: { id: "d", role: "DELTAGARE", unitId: null, providerId: null, participantId: PARTICIPANT },
};
// Every policy, asked about a resource that belongs to the actor's own unit, provider or (for a participant) case.
const ownResource = { unitId: UNIT, providerId: PROVIDER, participantId: PARTICIPANT, reviewsAccess: true };

/** Exactly who may do what. A new policy must be added here, or this test fails. */
const EXPECTED: Record<PolicyName, Role[]> = {
  viewCaseload: ["HANDLAGGARE"],
  readParticipant: ["HANDLAGGARE"],
  registerParticipant: ["HANDLAGGARE"],
  manageParticipant: ["HANDLAGGARE"],
  registerPlacement: ["HANDLAGGARE"],
  changePlacement: ["HANDLAGGARE"],
  viewOwnPlacements: ["ANORDNARE"],
  logFollowUp: ["ANORDNARE"],
  reviewFollowUp: ["HANDLAGGARE"],
  viewDashboard: ["KOORDINATOR"],
  exportReport: ["KOORDINATOR"],
  viewProviders: ["HANDLAGGARE"],
  registerProvider: ["HANDLAGGARE", "ADMIN"],
  editProvider: ["HANDLAGGARE", "ADMIN"],
  manageUsers: ["ADMIN"],
  proposeChange: ["ANORDNARE"],
  answerProposal: ["HANDLAGGARE"],
  extractParticipantData: ["HANDLAGGARE"],
  runRetention: ["ADMIN"],
  searchAuditLog: ["ADMIN"],
  manageApiKeys: ["ADMIN"],
  manageOwnNotices: ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN"],
  reviewAccesses: ["HANDLAGGARE"],
  followUpAccessReviews: ["ADMIN"],
  manageAgreement: ["HANDLAGGARE"],
  approveAgreementAsHost: ["ANORDNARE"],
  manageOwnAccount: ["HANDLAGGARE", "ANORDNARE", "KOORDINATOR", "ADMIN"],
  viewOwnCase: ["DELTAGARE"],
  approveAgreementAsParticipant: ["DELTAGARE"],
  writeOwnStatement: ["DELTAGARE"],
  manageParticipantAccess: ["HANDLAGGARE"],
};

describe("authorization matrix", () => {
  it("lists every policy", () => {
    expect(Object.keys(policies).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [policy, allowed] of Object.entries(EXPECTED) as [PolicyName, Role[]][]) {
    it(`${policy} is allowed for exactly ${allowed.join(", ")}`, () => {
      const granted = (Object.keys(actors) as Role[]).filter((role) => (policies[policy] as (a: unknown, r: unknown) => boolean)(actors[role], ownResource));
      expect(granted).toEqual(allowed);
    });
  }

  it("refuses resources of another unit or provider, even to the right role", () => {
    const foreign = { unitId: "unit-2", providerId: "provider-2" };
    expect(policies.readParticipant(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.registerPlacement(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.reviewFollowUp(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.logFollowUp(actors.ANORDNARE, foreign)).toBe(false);
    expect(policies.manageParticipant(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.changePlacement(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.editProvider(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.proposeChange(actors.ANORDNARE, foreign)).toBe(false);
    expect(policies.answerProposal(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.extractParticipantData(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.manageAgreement(actors.HANDLAGGARE, foreign)).toBe(false);
    expect(policies.approveAgreementAsHost(actors.ANORDNARE, foreign)).toBe(false);
    expect(policies.manageParticipantAccess(actors.HANDLAGGARE, foreign)).toBe(false);
  });

  it("lets a participant act on their own case only, and a participant login without a case on none", () => {
    const someoneElse = { participantId: "participant-2" };
    expect(policies.approveAgreementAsParticipant(actors.DELTAGARE, someoneElse)).toBe(false);
    expect(policies.writeOwnStatement(actors.DELTAGARE, someoneElse)).toBe(false);
    const noCase = { ...actors.DELTAGARE, participantId: null };
    expect(policies.viewOwnCase(noCase)).toBe(false);
    expect(policies.writeOwnStatement(noCase, { participantId: PARTICIPANT })).toBe(false);
  });

  it("lets only an admin edit a provider that no unit registered", () => {
    expect(policies.editProvider(actors.HANDLAGGARE, { unitId: null })).toBe(false);
    expect(policies.editProvider(actors.ADMIN, { unitId: null })).toBe(true);
  });

  it("refuses a case officer without a unit and an anordnare without a provider", () => {
    expect(policies.registerParticipant({ ...actors.HANDLAGGARE, unitId: null })).toBe(false);
    expect(policies.viewOwnPlacements({ ...actors.ANORDNARE, providerId: null })).toBe(false);
  });

  it("lets only a case officer with a unit and the admin's grant review accesses", () => {
    expect(policies.reviewAccesses(actors.HANDLAGGARE, { reviewsAccess: false })).toBe(false);
    expect(policies.reviewAccesses({ ...actors.HANDLAGGARE, unitId: null }, { reviewsAccess: true })).toBe(false);
    expect(policies.reviewAccesses(actors.KOORDINATOR, { reviewsAccess: true })).toBe(false);
  });

  it("gives each role a start page it may open", () => {
    expect(START_PAGE).toEqual({ HANDLAGGARE: "/handlaggare", ANORDNARE: "/anordnare", KOORDINATOR: "/koordinator", ADMIN: "/admin", DELTAGARE: "/mina-sidor" });
  });

  it("lets each kind of API key read only its own kind of data", () => {
    const providerKey = { kind: "PROVIDER" as const, providerId: PROVIDER, coordinatorId: null };
    const coordinatorKey = { kind: "COORDINATOR" as const, providerId: null, coordinatorId: "k" };
    expect(Object.keys(apiKeyPolicies).sort()).toEqual(["readFigures", "readPlacements"]);
    expect([apiKeyPolicies.readPlacements(providerKey), apiKeyPolicies.readFigures(providerKey)]).toEqual([true, false]);
    expect([apiKeyPolicies.readPlacements(coordinatorKey), apiKeyPolicies.readFigures(coordinatorKey)]).toEqual([false, true]);
    expect(apiKeyPolicies.readPlacements({ ...providerKey, providerId: null })).toBe(false);
  });
});
