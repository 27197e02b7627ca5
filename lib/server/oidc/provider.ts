import "server-only";
import type { User } from "next-auth";
import { headers } from "next/headers";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { requestIp } from "../client-ip";
import { db } from "../db";
import { oidcConfig, OIDC_PROVIDER_ID, type OidcConfig } from "./config";
import { authorizeOidc } from "./sign-in";

type IdTokenProfile = { sub: string; name?: string; email?: string };

/**
 * next-auth's OpenID Connect client for the organisation's identity provider, or none when it is not
 * configured. The authorization code flow with PKCE, state and nonce; the ID token carries the claims.
 */
export function oidcProviders(config: OidcConfig | null = oidcConfig()): OAuthConfig<IdTokenProfile>[] {
  if (!config) return [];
  return [
    {
      id: OIDC_PROVIDER_ID,
      name: config.name,
      type: "oauth",
      wellKnown: `${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      authorization: { params: { scope: ["openid email profile", config.extraScopes].filter(Boolean).join(" ") } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      // Which Stegvis account this is, and its role, is decided in signInWithOidc; until then it is only the subject.
      profile: (profile) => ({ id: profile.sub }) as User,
    },
  ];
}

async function requestUserAgent(): Promise<string | null> {
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}

/**
 * next-auth's signIn callback for a single sign-on: true with the user filled in, or the sign-in page with the
 * reason. Without an adapter next-auth hands this same user object on to the jwt callback, which writes the
 * session's fields (uid, role, sid, sessionVersion) into the token as for a password sign-in.
 */
export async function signInWithOidc(user: User, idTokenClaims: unknown): Promise<true | string> {
  const outcome = await authorizeOidc(idTokenClaims, db(), await requestIp(), await requestUserAgent(), oidcConfig()?.personalNumberClaim);
  if ("refused" in outcome) return `/logga-in?error=${outcome.refused}`;
  Object.assign(user, outcome.user);
  return true;
}
