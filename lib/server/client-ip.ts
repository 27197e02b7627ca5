import "server-only";
import { isIP } from "node:net";
import { headers } from "next/headers";

/** Recorded when the client's address cannot be told; the per-address limits then stand alone. */
export const UNKNOWN_IP = "unknown";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address for sign-in limits and the audit log. Only a reverse proxy we run may name it:
 * with STEGVIS_TRUSTED_PROXY=1 the last x-forwarded-for entry (the one our proxy appended) is taken.
 * Without one the header is the client's own word (Next fills it from the socket only when the client
 * sent none), and next-auth does not hand over the socket, so the address is unknown.
 */
export function clientIp(source: HeaderSource, env: Record<string, string | undefined> = process.env): string {
  if (env.STEGVIS_TRUSTED_PROXY !== "1") return UNKNOWN_IP;
  const last = header(source, "x-forwarded-for")?.split(",").at(-1)?.trim();
  return last && isIP(last) ? last : UNKNOWN_IP;
}

/** The address of the request being served; unknown outside a request (scripts, tests). */
export async function requestIp(): Promise<string> {
  try {
    return clientIp(await headers());
  } catch {
    return UNKNOWN_IP;
  }
}
