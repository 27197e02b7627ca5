import { describe, expect, it } from "vitest";
import { clientAddressWarnings, securityRefusal, securityWarnings } from "../../scripts/security-config";

describe("start-up security checks", () => {
  it("refuses a fixed day outside development unless it is allowed for a demo", () => {
    expect(securityRefusal({ STEGVIS_TODAY: "2026-03-02" }, false)).toMatch(/STEGVIS_TODAY/);
    expect(securityRefusal({ STEGVIS_TODAY: "2026-03-02" }, true)).toBeNull();
    expect(securityRefusal({ STEGVIS_TODAY: "2026-03-02", STEGVIS_ALLOW_FIXED_TODAY: "1" }, false)).toBeNull();
    expect(securityRefusal({}, false)).toBeNull();
  });

  it("warns when the session cookie would go without Secure", () => {
    expect(securityWarnings({})).toEqual([expect.stringMatching(/NEXTAUTH_URL.*Secure/)]);
    expect(securityWarnings({ NEXTAUTH_URL: "http://stegvis.example" })).toHaveLength(1);
    expect(securityWarnings({ NEXTAUTH_URL: "https://stegvis.example" })).toEqual([]);
  });

  it("says nothing about the client's address when the app is reached directly: the socket names the client", () => {
    expect(clientAddressWarnings({ NEXTAUTH_URL: "http://localhost:3000" }, "127.0.0.1")).toEqual([]);
    expect(clientAddressWarnings({ NEXTAUTH_URL: "http://stegvis.lan:3000" }, undefined)).toEqual([]);
  });

  it("warns when an https address shows a proxy in front that is not trusted, so every client would look like the proxy", () => {
    expect(clientAddressWarnings({ NEXTAUTH_URL: "https://stegvis.example" }, undefined)).toEqual([expect.stringMatching(/STEGVIS_TRUSTED_PROXY=1/)]);
  });

  it("warns when a trusted proxy can be gone around, since a client reaching the app directly names itself", () => {
    expect(clientAddressWarnings({ NEXTAUTH_URL: "https://stegvis.example", STEGVIS_TRUSTED_PROXY: "1" }, undefined)).toEqual([expect.stringMatching(/förbi proxyn/)]);
    expect(clientAddressWarnings({ NEXTAUTH_URL: "https://stegvis.example", STEGVIS_TRUSTED_PROXY: "1" }, "0.0.0.0")).toHaveLength(1);
    expect(clientAddressWarnings({ NEXTAUTH_URL: "https://stegvis.example", STEGVIS_TRUSTED_PROXY: "1" }, "127.0.0.1")).toEqual([]);
  });
});
