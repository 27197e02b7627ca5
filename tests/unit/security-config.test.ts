import { describe, expect, it } from "vitest";
import { securityRefusal, securityWarnings } from "../../scripts/security-config";

describe("start-up security checks", () => {
  it("refuses a fixed day outside development unless it is allowed for a demo", () => {
    expect(securityRefusal({ STEGVIS_TODAY: "2026-03-02" }, false)).toMatch(/STEGVIS_TODAY/);
    expect(securityRefusal({ STEGVIS_TODAY: "2026-03-02" }, true)).toBeNull();
    expect(securityRefusal({ STEGVIS_TODAY: "2026-03-02", STEGVIS_ALLOW_FIXED_TODAY: "1" }, false)).toBeNull();
    expect(securityRefusal({}, false)).toBeNull();
  });

  it("warns when the session cookie would go without Secure", () => {
    expect(securityWarnings({ STEGVIS_TRUSTED_PROXY: "1" })).toEqual([expect.stringMatching(/NEXTAUTH_URL.*Secure/)]);
    expect(securityWarnings({ NEXTAUTH_URL: "http://stegvis.example", STEGVIS_TRUSTED_PROXY: "1" })).toHaveLength(1);
    expect(securityWarnings({ NEXTAUTH_URL: "https://stegvis.example", STEGVIS_TRUSTED_PROXY: "1" })).toEqual([]);
  });

  it("warns when the client's address cannot be known", () => {
    expect(securityWarnings({ NEXTAUTH_URL: "https://stegvis.example" })).toEqual([expect.stringMatching(/STEGVIS_TRUSTED_PROXY/)]);
  });
});
