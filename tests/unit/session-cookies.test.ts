// The session cookie's flags come from next-auth's defaults, which Stegvis does not override: Secure and the
// __Secure- prefix whenever NEXTAUTH_URL is https (start-up warns when a database server is used without it),
// httpOnly and SameSite=Lax always. The e2e test web-hardening.spec.ts checks the flags on a real sign-in over http.
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/server/auth";

type CookieOption = { name: string; options: { httpOnly: boolean; sameSite: string; path: string; secure: boolean } };
// next-auth's own defaults, by file: the package does not export the module, and Stegvis relies on exactly it.
const { defaultCookies } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/lib/cookie.js")) as {
  defaultCookies: (useSecureCookies: boolean) => Record<"sessionToken" | "callbackUrl" | "csrfToken", CookieOption>;
};

describe("session cookies", () => {
  it("keeps next-auth's cookie defaults, which follow the scheme of NEXTAUTH_URL", () => {
    expect(authOptions.cookies).toBeUndefined();
    expect(authOptions.useSecureCookies).toBeUndefined();
  });

  it("are Secure, __Secure- or __Host- prefixed, httpOnly and SameSite=Lax under https", () => {
    const cookies = defaultCookies(true);
    expect(cookies.sessionToken).toEqual({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    expect(cookies.csrfToken.name).toBe("__Host-next-auth.csrf-token");
    for (const cookie of Object.values(cookies)) expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
  });

  it("are httpOnly and SameSite=Lax over plain http too (a demo on localhost)", () => {
    for (const cookie of Object.values(defaultCookies(false))) expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });
});
