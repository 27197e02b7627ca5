// Start-up checks of settings that weaken security: one refusal, and warnings for a real server.
type Env = Record<string, string | undefined>;

/** Why the app must not start with this environment, or null. A fixed day belongs to tests and demos. */
export function securityRefusal(env: Env, dev: boolean): string | null {
  if (!dev && env.STEGVIS_TODAY && env.STEGVIS_ALLOW_FIXED_TODAY !== "1") {
    return "STEGVIS_TODAY låser dagens datum och gäller bara i utveckling och tester. Ta bort den, eller sätt STEGVIS_ALLOW_FIXED_TODAY=1 för en demo.";
  }
  return null;
}

/** Warnings for an app on a database server (real data): cookies without Secure, sign-in limits per client off. */
export function securityWarnings(env: Env): string[] {
  const warnings: string[] = [];
  if (!env.NEXTAUTH_URL?.trim().startsWith("https://")) {
    warnings.push("Obs: NEXTAUTH_URL saknas eller börjar inte med https://, så inloggningskakan skickas utan Secure. Sätt NEXTAUTH_URL till appens https-adress.");
  }
  if (env.STEGVIS_TRUSTED_PROXY !== "1") {
    warnings.push("Obs: STEGVIS_TRUSTED_PROXY är inte satt, så klientens IP-adress är okänd: inloggningsgränserna gäller bara per e-postadress. Sätt STEGVIS_TRUSTED_PROXY=1 bakom en omvänd proxy som sätter X-Forwarded-For.");
  }
  return warnings;
}
