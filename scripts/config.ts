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
