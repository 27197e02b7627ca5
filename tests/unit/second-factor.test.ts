import { describe, expect, it } from "vitest";
import {
  codeKind,
  groupedSecret,
  isTotpSecret,
  matchedStep,
  newRecoveryCodes,
  newTotpSecret,
  normalizedCode,
  RECOVERY_CODE_COUNT,
  requiresSecondFactor,
  secondFactorStep,
  totpCode,
  totpStep,
  totpUri,
} from "@/lib/domain/second-factor";
import { enrolmentConfirmation, secondFactorCode } from "@/lib/validation/second-factor";
import { knownTotpSecret, nextKnownCode } from "@/prisma/demo-second-factor";

describe("who must have a second factor, and where a session is held", () => {
  it("is required of administrators and case officers, not of hosts and coordinators", () => {
    expect(["ADMIN", "HANDLAGGARE", "ANORDNARE", "KOORDINATOR"].map((role) => requiresSecondFactor(role as never))).toEqual([true, true, false, false]);
  });

  it("holds a password-only session of an enrolled user at the code, and a required role without an app at enrolment", () => {
    expect(secondFactorStep({ role: "ANORDNARE", enrolled: true, sessionPending: true, throughOrganisation: false })).toBe("verify");
    expect(secondFactorStep({ role: "ADMIN", enrolled: true, sessionPending: false, throughOrganisation: false })).toBeNull();
    expect(secondFactorStep({ role: "HANDLAGGARE", enrolled: false, sessionPending: false, throughOrganisation: false })).toBe("enrol");
    expect(secondFactorStep({ role: "HANDLAGGARE", enrolled: false, sessionPending: true, throughOrganisation: false })).toBe("enrol");
    expect(secondFactorStep({ role: "KOORDINATOR", enrolled: false, sessionPending: false, throughOrganisation: false })).toBeNull();
  });

  it("opens a session of the organisation's sign-in, whose identity provider checked the person, without a code or an app", () => {
    expect(secondFactorStep({ role: "HANDLAGGARE", enrolled: false, sessionPending: false, throughOrganisation: true })).toBeNull();
    expect(secondFactorStep({ role: "ADMIN", enrolled: true, sessionPending: true, throughOrganisation: true })).toBeNull();
  });
});

describe("codes from the app (RFC 6238)", () => {
  // RFC 6238, appendix B: the SHA-1 test secret "12345678901234567890" at 59 s gives 94287082 (eight digits; six: 287082).
  it("computes the RFC's test vector", () => {
    const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCode(rfcSecret, totpStep(new Date(59_000)))).toBe("287082");
    expect(matchedStep(rfcSecret, "287082", new Date(59_000))).toBe(1);
  });

  it("accepts the code of one step before or after now, and no other", () => {
    const secret = newTotpSecret();
    const now = new Date(1_800_000_000_000);
    const step = totpStep(now);
    for (const delta of [-1, 0, 1]) expect(matchedStep(secret, totpCode(secret, step + delta), now)).toBe(step + delta);
    for (const delta of [-3, -2, 2, 3]) expect(matchedStep(secret, totpCode(secret, step + delta), now)).toBeNull();
  });

  it("makes secrets of 160 random bits in base32, shown in groups of four", () => {
    const secret = newTotpSecret();
    expect(isTotpSecret(secret)).toBe(true);
    expect(newTotpSecret()).not.toBe(secret);
    expect(groupedSecret("ABCDEFGHIJKLMNOP")).toBe("ABCD EFGH IJKL MNOP");
    expect(isTotpSecret("abcd")).toBe(false);
    expect(totpUri(secret, "anna@kommun.example")).toMatch(new RegExp(`^otpauth://totp/Stegvis:anna%40kommun\\.example\\?issuer=Stegvis&secret=${secret}&algorithm=SHA1&digits=6&period=30$`));
  });
});

describe("recovery codes", () => {
  it("gives ten different codes of two groups of five, with no look-alike characters", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
  });

  it("reads a typed code as the app's or a recovery code, forgiving spaces, dashes and small letters", () => {
    expect(codeKind(normalizedCode(" 123 456 "))).toBe("totp");
    expect(codeKind(normalizedCode("abcde-fghjk"))).toBe("recovery");
    expect(codeKind(normalizedCode("ABCDE-FGHJ0"))).toBeNull();
    expect(codeKind(normalizedCode("12345"))).toBeNull();
  });

  it("the forms take the same kinds: a recovery code at sign-in, only the app's code when setting it up", () => {
    expect(secondFactorCode.safeParse({ code: "ABCDE-FGHJK" }).success).toBe(true);
    expect(enrolmentConfirmation.safeParse({ secret: newTotpSecret(), code: "ABCDE-FGHJK" }).success).toBe(false);
    expect(enrolmentConfirmation.safeParse({ secret: newTotpSecret(), code: "123456" }).success).toBe(true);
    expect(secondFactorCode.safeParse({ code: "1".repeat(1000) }).success).toBe(false);
  });
});

describe("the demo and test accounts' known secret", () => {
  it("is the same for an address however it is written, and differs between addresses", () => {
    expect(knownTotpSecret("Admin@Stegvis.example")).toBe(knownTotpSecret("admin@stegvis.example"));
    expect(knownTotpSecret("a@stegvis.example")).not.toBe(knownTotpSecret("b@stegvis.example"));
    expect(isTotpSecret(knownTotpSecret("a@stegvis.example"))).toBe(true);
  });

  it("gives a code newer than the last used one while the server still accepts it, and none when three are used up", () => {
    const now = new Date(1_800_000_000_000);
    const step = totpStep(now);
    expect(nextKnownCode("a@stegvis.example", 0, now)).toEqual({ code: totpCode(knownTotpSecret("a@stegvis.example"), step - 1), step: step - 1 });
    expect(nextKnownCode("a@stegvis.example", step, now)?.step).toBe(step + 1);
    expect(nextKnownCode("a@stegvis.example", step + 1, now)).toBeNull();
  });

  it("gives no code that the server would refuse a moment later, when the clock is about to turn", () => {
    const secret = knownTotpSecret("a@stegvis.example");
    const justBefore = new Date(1_800_000_000_000 + 30_000 - 100);
    const given = nextKnownCode("a@stegvis.example", 0, justBefore)!;
    expect(given.step).toBe(totpStep(justBefore));
    expect(matchedStep(secret, given.code, new Date(justBefore.getTime() + 14_900))).toBe(given.step);
  });
});
