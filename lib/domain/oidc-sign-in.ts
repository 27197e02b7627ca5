// Why a single sign-on ended on /logga-in instead of in Stegvis: the code travels in the URL (?error=…), the
// message is what the sign-in page says. Shared by the server, which refuses, and the page, which explains.

export const OIDC_REFUSALS = {
  /** The identity provider knows the person, but no Stegvis account is linked to them. */
  OIDC_UNKNOWN:
    "Du är inloggad hos din organisation, men ditt konto där är inte kopplat till något konto i Stegvis. Be en administratör i Stegvis att koppla det. Inget konto har skapats.",
  OIDC_DEACTIVATED: "Ditt konto i Stegvis är avstängt. Kontakta en administratör om du ska ha tillgång igen.",
  RATE_LIMITED: "För många misslyckade försök. Vänta 15 minuter och försök sedan igen.",
  UNAVAILABLE: "Inloggningen fungerar inte just nu. Försök igen om en stund.",
} as const;

export type OidcRefusal = keyof typeof OIDC_REFUSALS;

/** Said for next-auth's own codes of a sign-on that broke off (the provider answered with an error, a state that did not match). */
export const OIDC_BROKEN_OFF = "Inloggningen via din organisation avbröts. Försök igen.";

/** next-auth's codes for an OAuth sign-in that failed before Stegvis looked at the account. */
const NEXT_AUTH_OAUTH_ERRORS = new Set(["OAuthSignin", "OAuthCallback", "OAuthAccountNotLinked", "Callback", "AccessDenied", "OAuthCreateAccount", "Configuration"]);

/** The message for the `error` the sign-in page was sent with, or null for none (or a code no flow of ours sends). */
export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  if (Object.hasOwn(OIDC_REFUSALS, code)) return OIDC_REFUSALS[code as OidcRefusal];
  return NEXT_AUTH_OAUTH_ERRORS.has(code) ? OIDC_BROKEN_OFF : null;
}

/**
 * The ID-token claim an e-ID broker puts the personnummer in: the Swedish OpenID Connect profile's (oidc-sweden,
 * "https://id.oidc.se/claim/personalIdentityNumber") unless OIDC_PERSONAL_NUMBER_CLAIM names another (ADR 0020).
 */
export const DEFAULT_PERSONAL_NUMBER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";
