// Start-up configuration, checked once with one clear line per problem instead of a stack trace.
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** DATABASE_URL when set (validated), otherwise null: the embedded database. */
export function readDatabaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("DATABASE_URL är inte en giltig adress. Exempel: postgresql://användare:lösenord@localhost:5432/stegvis");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(`DATABASE_URL måste börja med postgresql:// (fick ${url.protocol}//).`);
  }
  if (!url.hostname || url.pathname.length < 2) {
    throw new ConfigError("DATABASE_URL saknar värd eller databasnamn. Exempel: postgresql://localhost:5432/stegvis");
  }
  return raw;
}

/**
 * MIGRATION_DATABASE_URL: the owner's connection to the same database as DATABASE_URL, for migrations,
 * backups and pruning the audit log; the app itself then runs as DATABASE_URL's role (ADR 0008).
 */
export function readMigrationDatabaseUrl(env: Env): string | null {
  const raw = env.MIGRATION_DATABASE_URL?.trim();
  if (!raw) return null;
  const app = readDatabaseUrl(env);
  if (!app) throw new ConfigError("MIGRATION_DATABASE_URL gäller en databasserver: ange DATABASE_URL (appens roll) också.");
  let owner: string;
  try {
    owner = readDatabaseUrl({ DATABASE_URL: raw })!;
  } catch (error) {
    throw new ConfigError((error as Error).message.replaceAll("DATABASE_URL", "MIGRATION_DATABASE_URL"));
  }
  const [a, o] = [new URL(app), new URL(owner)];
  if (a.host !== o.host || a.pathname !== o.pathname) {
    throw new ConfigError("MIGRATION_DATABASE_URL och DATABASE_URL måste gälla samma databas (samma värd, port och databasnamn).");
  }
  if (decodeURIComponent(a.username) === decodeURIComponent(o.username)) {
    throw new ConfigError("DATABASE_URL och MIGRATION_DATABASE_URL loggar in med samma roll: appen behöver en egen roll som inte äger tabellerna.");
  }
  return raw;
}

/** The port the app listens on: PORT, default 3000. */
export function readPort(env: Env): number {
  const raw = env.PORT?.trim();
  if (!raw) return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT måste vara ett heltal mellan 1 och 65535 (fick "${raw}").`);
  }
  return port;
}

/**
 * STEGVIS_WORKERS: how many Node processes serve the app (one runs its JavaScript on one core). One unless set:
 * measured on 2 cores shared with PostgreSQL, a second process gained nothing (ADR 0012). The embedded database
 * stays at one (its connections share one PostgreSQL session), and so does development (hot reload).
 */
export function readAppWorkers(env: Env, options: { embedded: boolean; dev: boolean }): number {
  const raw = env.STEGVIS_WORKERS?.trim();
  if (options.embedded || options.dev) {
    if (raw && raw !== "1") throw new ConfigError("STEGVIS_WORKERS gäller en databasserver: den inbyggda databasen och npm run dev kör en process.");
    return 1;
  }
  if (!raw) return 1;
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    throw new ConfigError(`STEGVIS_WORKERS måste vara ett heltal mellan 1 och 64 (fick "${raw}").`);
  }
  return workers;
}

/** NEXTAUTH_SECRET: required in production when set explicitly; must be long enough to sign sessions. */
export function readAuthSecret(env: Env): string | null {
  const raw = env.NEXTAUTH_SECRET?.trim();
  if (!raw) return null;
  if (raw.length < 32) throw new ConfigError("NEXTAUTH_SECRET är för kort: använd minst 32 tecken (t.ex. openssl rand -base64 32).");
  return raw;
}

/** NEXTAUTH_URL when set must be an absolute http(s) address. */
export function readAuthUrl(env: Env): string | null {
  const raw = env.NEXTAUTH_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === "http:" || url.protocol === "https:") return raw;
  } catch {
    // fall through to the error below
  }
  throw new ConfigError(`NEXTAUTH_URL måste vara en fullständig adress, t.ex. http://localhost:3000 (fick "${raw}").`);
}

const OIDC_VARIABLES = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

/**
 * Single sign-on (lib/server/oidc/config.ts): all three OIDC_* variables or none, so that a half-configured
 * provider does not silently leave out the button. The issuer is https, except on this machine (npm run dev:idp).
 */
export function readOidcIssuer(env: Env): string | null {
  const set = OIDC_VARIABLES.filter((name) => env[name]?.trim());
  if (set.length === 0) return null;
  if (set.length < OIDC_VARIABLES.length) {
    throw new ConfigError(`Inloggning via organisationen kräver ${OIDC_VARIABLES.join(", ")}; ${OIDC_VARIABLES.filter((name) => !set.includes(name)).join(" och ")} saknas.`);
  }
  const raw = env.OIDC_ISSUER!.trim();
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  const local = url !== null && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (!url || !(url.protocol === "https:" || (url.protocol === "http:" && local))) {
    throw new ConfigError(`OIDC_ISSUER måste vara en https-adress, t.ex. https://idp.kommun.se/realms/personal (fick "${raw}").`);
  }
  return raw;
}

/** SMTP_URL: where the daily digests are sent (smtp:// or smtps://); unset, no e-mail is sent. */
export function readSmtpUrl(env: Env): string | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol === "smtp:" || url.protocol === "smtps:") return raw;
  } catch {
    // fall through to the error below
  }
  throw new ConfigError("SMTP_URL måste börja med smtp:// eller smtps://, t.ex. smtps://användare:lösenord@smtp.example.se:465.");
}

/** Said at start-up when SMTP_URL is unset. */
export const NO_EMAIL_LINE = "Obs: SMTP_URL saknas, så ingen e-post skickas. Aviseringarna visas i Stegvis och sammanfattningarna väntar i utkorgen.";
