// A real OpenID Connect provider (the certified `oidc-provider`) on a free local port, for the browser tests
// (scripts/e2e.ts) and for trying single sign-on by hand (npm run dev:idp). Its sign-in page takes any login
// and password: the login is the subject, and a login that is an e-mail address is also the verified e-mail.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { DEFAULT_PERSONAL_NUMBER_CLAIM } from "../../lib/domain/oidc-sign-in";

export type LocalIdp = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The variables that point the app at this provider. */
  env: Record<"OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET", string>;
  close(): Promise<void>;
};

/** What the provider says about the person who typed `login` on its page: a personnummer login is an e-ID's. */
export function claimsFor(login: string) {
  const isEmail = /^[^@\s]+@[^@\s]+$/.test(login);
  const isPersonalNumber = /^\d{8}-?\d{4}$/.test(login);
  return {
    sub: login,
    name: `Testperson ${login}`,
    ...(isEmail && { email: login, email_verified: true }),
    ...(isPersonalNumber && { [DEFAULT_PERSONAL_NUMBER_CLAIM]: login.replace("-", "") }),
  };
}

/**
 * Starts the provider with one client whose only redirect is `<appUrl>/api/auth/callback/oidc`. The port is
 * free (0) unless given. Listens on 127.0.0.1: another site than the app's localhost, as a real provider is.
 */
export async function startLocalIdp(options: { appUrl: string; port?: number; clientId?: string; clientSecret?: string }): Promise<LocalIdp> {
  const clientId = options.clientId ?? "stegvis-test";
  const clientSecret = options.clientSecret ?? randomBytes(24).toString("base64url");
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.appUrl.replace(/\/$/, "")}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "local-idp", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub", DEFAULT_PERSONAL_NUMBER_CLAIM], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the person from the ID token, so the claims go there and not only to the userinfo endpoint.
    conformIdTokenClaims: false,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => claimsFor(sub) }),
    // Lifetimes of its own, in seconds, so the provider does not warn about its defaults.
    ttl: { Interaction: 600, Session: 3_600, Grant: 3_600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The app's server keeps connections to the provider open (discovery, keys); they need not finish.
        server.closeAllConnections();
      }),
  };
}
