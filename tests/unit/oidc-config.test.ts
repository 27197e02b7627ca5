import { describe, expect, it } from "vitest";
import { OIDC_BROKEN_OFF, OIDC_REFUSALS, signInErrorMessage } from "@/lib/domain/oidc-sign-in";
import { DEFAULT_OIDC_NAME, oidcConfig } from "@/lib/server/oidc/config";
import { oidcProviders } from "@/lib/server/oidc/provider";
import { ConfigError, readOidcIssuer } from "../../scripts/config";

const FULL = { OIDC_ISSUER: "https://idp.kommun.example/realms/personal", OIDC_CLIENT_ID: "stegvis", OIDC_CLIENT_SECRET: "hemligt" };

describe("single sign-on configuration", () => {
  it("is off, with no provider and so no button, unless all three variables are set", () => {
    expect(oidcConfig({})).toBeNull();
    expect(oidcConfig({ ...FULL, OIDC_CLIENT_SECRET: " " })).toBeNull();
    expect(oidcProviders(null)).toEqual([]);
    expect(readOidcIssuer({})).toBeNull();
  });

  it("names the button after OIDC_NAME, or the organisation's sign-in", () => {
    expect(oidcConfig(FULL)?.name).toBe(DEFAULT_OIDC_NAME);
    expect(oidcConfig({ ...FULL, OIDC_NAME: "SITHS eID" })?.name).toBe("SITHS eID");
  });

  it("asks next-auth for the code flow with PKCE, state and nonce, reading the ID token, at the issuer's discovery document", () => {
    const [provider] = oidcProviders(oidcConfig(FULL));
    expect(provider).toMatchObject({ id: "oidc", type: "oauth", idToken: true, checks: ["pkce", "state", "nonce"], wellKnown: `${FULL.OIDC_ISSUER}/.well-known/openid-configuration` });
  });

  it("stops the start on a half configuration or an issuer that is not https (except on this machine)", () => {
    expect(() => readOidcIssuer({ OIDC_ISSUER: FULL.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID och OIDC_CLIENT_SECRET saknas/);
    expect(() => readOidcIssuer({ ...FULL, OIDC_ISSUER: "http://idp.kommun.example" })).toThrow(ConfigError);
    expect(() => readOidcIssuer({ ...FULL, OIDC_ISSUER: "idp.kommun.example" })).toThrow(/https-adress/);
    expect(readOidcIssuer(FULL)).toBe(FULL.OIDC_ISSUER);
    expect(readOidcIssuer({ ...FULL, OIDC_ISSUER: "http://127.0.0.1:4010" })).toBe("http://127.0.0.1:4010");
  });
});

describe("the sign-in page's message after a single sign-on", () => {
  it("explains each refusal, a broken-off sign-on, and nothing for no code or a made-up one", () => {
    expect(signInErrorMessage("OIDC_UNKNOWN")).toBe(OIDC_REFUSALS.OIDC_UNKNOWN);
    expect(signInErrorMessage("OIDC_DEACTIVATED")).toBe(OIDC_REFUSALS.OIDC_DEACTIVATED);
    expect(signInErrorMessage("OAuthCallback")).toBe(OIDC_BROKEN_OFF);
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("<script>")).toBeNull();
    expect(signInErrorMessage("toString")).toBeNull();
  });
});
