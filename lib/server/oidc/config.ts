import "server-only";
import { DEFAULT_PERSONAL_NUMBER_CLAIM } from "@/lib/domain/oidc-sign-in";

/** next-auth's id for the provider: the callback is /api/auth/callback/oidc. */
export const OIDC_PROVIDER_ID = "oidc";

/** What the sign-in button names when OIDC_NAME is not set: "Logga in med organisationens inloggning". */
export const DEFAULT_OIDC_NAME = "organisationens inloggning";

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string; personalNumberClaim: string; extraScopes: string };

/**
 * The organisation's identity provider, from OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET; null
 * (no single sign-on, no button) unless all three are set. The issuer is taken exactly as written: it must be
 * the one the provider names in its discovery document and its ID tokens, since accounts are linked to it.
 */
export function oidcConfig(env: Record<string, string | undefined> = process.env): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || DEFAULT_OIDC_NAME,
    personalNumberClaim: env.OIDC_PERSONAL_NUMBER_CLAIM?.trim() || DEFAULT_PERSONAL_NUMBER_CLAIM,
    // An e-ID broker releases the personnummer for a scope of its own (oidc-sweden: https://id.oidc.se/scope/naturalPersonNumber).
    extraScopes: env.OIDC_EXTRA_SCOPES?.trim() ?? "",
  };
}
