import { describe, expect, it } from "vitest";
import { PASSWORD_HINT, PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, passwordProblem, suggestPassword } from "@/lib/domain/password-rules";
import { passwordChange, userCreation } from "@/lib/validation/user";

describe("the password rule", () => {
  it("accepts a long passphrase of ordinary words", () => {
    expect(passwordProblem("cykel under äppelträdet", { email: "anna.berg@kommun.example" })).toBeNull();
  });

  it(`refuses fewer than ${PASSWORD_MIN_LENGTH} characters, counting letters such as å as one`, () => {
    expect(passwordProblem("kort-ord")).toBe(PASSWORD_MESSAGES.tooShort);
    expect(passwordProblem("åäöåäöåäöåä")).toBe(PASSWORD_MESSAGES.tooShort);
    expect(passwordProblem("åäöåäöåäöåäx")).not.toBe(PASSWORD_MESSAGES.tooShort);
  });

  it(`allows ${PASSWORD_MAX_LENGTH} characters and refuses more`, () => {
    expect(passwordProblem("ord ".repeat(32))).toBeNull();
    expect(passwordProblem("ord ".repeat(33))).toBe(PASSWORD_MESSAGES.tooLong);
  });

  it("refuses common passwords from the shipped list, also with digits or signs added at the ends, in any case", () => {
    expect(passwordProblem("qwerty123456")).toBe(PASSWORD_MESSAGES.common);
    expect(passwordProblem("Password12345678")).toBe(PASSWORD_MESSAGES.common);
    expect(passwordProblem("!!Sommar2026!!")).toBe(PASSWORD_MESSAGES.common);
    expect(passwordProblem("Stegvis-2026-01")).toBe(PASSWORD_MESSAGES.common);
  });

  it("refuses a password holding the e-mail address or the name before @", () => {
    expect(passwordProblem("Anna.Berg-hemligt", { email: "anna.berg@kommun.example" })).toBe(PASSWORD_MESSAGES.email);
    expect(passwordProblem("x anna.berg@kommun.example", { email: "anna.berg@kommun.example" })).toBe(PASSWORD_MESSAGES.email);
  });

  it("refuses control characters, which sign-in would refuse", () => {
    expect(passwordProblem("lång fras med\nradbrytning")).toBe(PASSWORD_MESSAGES.unusable);
  });

  it("states its numbers in the hint the forms show", () => {
    expect(PASSWORD_HINT).toContain(String(PASSWORD_MIN_LENGTH));
  });

  it("suggests one-time passwords that pass it, different every time", () => {
    const suggestions = Array.from({ length: 50 }, suggestPassword);
    expect(new Set(suggestions).size).toBe(50);
    for (const suggestion of suggestions) expect(passwordProblem(suggestion, { email: "a.person@test.example" })).toBeNull();
  });
});

describe("the forms' schemas give the rule's own sentences", () => {
  const base = { name: "Anna Berg", email: "anna.berg@kommun.example", role: "ADMIN" };
  const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
    result.error?.issues.filter((i) => i.path[0] === field).map((i) => i.message) ?? [];

  it("refuses a common password, a short one and one holding the e-mail, at the password field", () => {
    expect(errorsOf(userCreation.safeParse({ ...base, password: "qwerty123456" }), "password")).toEqual([PASSWORD_MESSAGES.common]);
    expect(errorsOf(userCreation.safeParse({ ...base, password: "kort" }), "password")).toEqual([PASSWORD_MESSAGES.tooShort]);
    expect(errorsOf(userCreation.safeParse({ ...base, password: "anna.berg och katten" }), "password")).toEqual([PASSWORD_MESSAGES.email]);
  });

  it("wants a unit for a case officer and a provider for an anordnare", () => {
    const officer = userCreation.safeParse({ ...base, role: "HANDLAGGARE", password: "cykel under äppelträdet" });
    expect(errorsOf(officer, "unitId")).toHaveLength(1);
    const host = userCreation.safeParse({ ...base, role: "ANORDNARE", password: "cykel under äppelträdet" });
    expect(errorsOf(host, "providerId")).toHaveLength(1);
  });

  it("wants the new password twice, alike", () => {
    const result = passwordChange.safeParse({ currentPassword: "x", newPassword: "cykel under äppelträdet", repeatPassword: "cykel under päronträdet" });
    expect(errorsOf(result, "repeatPassword")).toHaveLength(1);
  });
});
