import { describe, expect, it } from "vitest";
import { isRedacted, redactChanges } from "@/lib/domain/audit-redaction";
import { auditDetails } from "@/lib/format/audit-event";

describe("an audit event's changes without their values", () => {
  it("keeps the names of the fields, sorted, and nothing of what they held", () => {
    const redacted = redactChanges({ lastName: { before: "Haddad", after: "Haddadson" }, consentDate: { before: null, after: "2026-02-01" } });
    expect(redacted).toEqual({ redactedFields: ["consentDate", "lastName"] });
    expect(JSON.stringify(redacted)).not.toContain("Haddad");
  });

  it("is the same when redacted twice; no changes stay none; anything not an object keeps no field", () => {
    const once = redactChanges({ view: "caseload" });
    expect(redactChanges(once)).toEqual(once);
    expect(redactChanges(null)).toBeNull();
    expect(redactChanges(undefined)).toBeNull();
    expect(redactChanges(["Haddad"])).toEqual({ redactedFields: [] });
    expect(redactChanges("Haddad")).toEqual({ redactedFields: [] });
    expect(isRedacted({ redactedFields: ["a"], lastName: "Haddad" })).toBe(false);
  });

  it("reads in the log as the fields whose values are not shown; other details stay JSON", () => {
    expect(auditDetails({ redactedFields: ["lastName", "firstName"] })).toBe("Fält: lastName, firstName (värden visas inte)");
    expect(auditDetails({ redactedFields: [] })).toBe("Värden visas inte");
    expect(auditDetails({ role: { before: "KOORDINATOR", after: "ADMIN" } })).toBe('{"role":{"before":"KOORDINATOR","after":"ADMIN"}}');
    expect(auditDetails(null)).toBe("");
  });
});
