// Start-up checks of settings that weaken security: one refusal, and warnings.
type Env = Record<string, string | undefined>;

/** Why the app must not start with this environment, or null. A fixed day belongs to tests and demos. */
export function securityRefusal(env: Env, dev: boolean): string | null {
  if (!dev && env.STEGVIS_TODAY && env.STEGVIS_ALLOW_FIXED_TODAY !== "1") {
    return "STEGVIS_TODAY låser dagens datum och gäller bara i utveckling och tester. Ta bort den, eller sätt STEGVIS_ALLOW_FIXED_TODAY=1 för en demo.";
  }
  return null;
}

/** Warnings for an app on a database server (real data): cookies without Secure. */
export function securityWarnings(env: Env): string[] {
  if (env.NEXTAUTH_URL?.trim().startsWith("https://")) return [];
  return ["Obs: NEXTAUTH_URL saknas eller börjar inte med https://, så inloggningskakan skickas utan Secure. Sätt NEXTAUTH_URL till appens https-adress."];
}

const PROXY_WITHOUT_TRUST =
  "räknas alla klienter som proxyns adress: inloggningsgränsen per klient stoppar då alla tillsammans, och loggen visar bara proxyn. Sätt STEGVIS_TRUSTED_PROXY=1 om proxyn är er egen och lägger klientens adress sist i X-Forwarded-For.";

/** Said once, at the first request that comes with X-Forwarded-For while no proxy is trusted (scripts/http-server.ts). */
export const proxyHeaderWarning = `Obs: en begäran kom med X-Forwarded-For fast STEGVIS_TRUSTED_PROXY inte är satt, så klientens adress tas från anslutningen. Står en omvänd proxy framför Stegvis ${PROXY_WITHOUT_TRUST}`;

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

/**
 * Warnings about how the client's address is told (the sign-in limits and the audit log depend on it), for
 * every start, embedded database or not. Stegvis speaks only http, so an https NEXTAUTH_URL means a proxy
 * in front; a trusted proxy is only worth trusting if the app cannot be reached past it.
 */
export function clientAddressWarnings(env: Env, host: string | undefined): string[] {
  const trustedProxy = env.STEGVIS_TRUSTED_PROXY === "1";
  if (!trustedProxy && env.NEXTAUTH_URL?.trim().startsWith("https://")) {
    return [`Obs: NEXTAUTH_URL är en https-adress men Stegvis talar själv bara http, så något står framför appen. Är det en omvänd proxy utan STEGVIS_TRUSTED_PROXY=1 ${PROXY_WITHOUT_TRUST}`];
  }
  if (trustedProxy && !(host && isLoopback(host))) {
    return [`Obs: STEGVIS_TRUSTED_PROXY=1 men appen lyssnar på ${host ?? "alla nätverkskort"}: den som når appen förbi proxyn kan ange vilken adress som helst i X-Forwarded-For. Låt bara proxyn nå appen (till exempel HOST=127.0.0.1 med proxyn på samma dator).`];
  }
  return [];
}

/**
 * Printed at every start on the embedded database. PGlite is PostgreSQL's single-user backend: every
 * connection is the bootstrap superuser, and a narrower role set for the app can be left again with one
 * statement (SET SESSION AUTHORIZATION), so no role there protects the log (docs/decisions/0008-database-roles-and-data-protection.md).
 */
export const embeddedAuditWarning =
  "Obs: den inbyggda databasen har bara en roll, superanvändaren, så granskningsloggen är inte skyddad här: appen (och den som når databasen som samma användare i datorn) kan ändra eller ta bort händelser. Använd en PostgreSQL-server med MIGRATION_DATABASE_URL för riktiga uppgifter.";
