import "server-only";
import { headers } from "next/headers";
import { canonicalAddress, CLIENT_ADDRESS_FROM_SERVER, CLIENT_ADDRESS_HEADER } from "./client-address";

/** Recorded when the client's address cannot be told; the per-client limits then stand aside. */
export const UNKNOWN_IP = "unknown";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address for sign-in limits and the audit log, as the app's HTTP server (scripts/http-server.ts)
 * wrote it on the request: the socket's peer, or the address our trusted proxy appended (lib/server/client-address.ts).
 * Next itself hands the app no socket, and fills X-Forwarded-For from it only when the client sent none,
 * so served any other way (plain `next start`) the address is unknown.
 */
export function clientIp(source: HeaderSource, env: Record<string, string | undefined> = process.env): string {
  if (env[CLIENT_ADDRESS_FROM_SERVER] !== "1") return UNKNOWN_IP;
  return canonicalAddress(header(source, CLIENT_ADDRESS_HEADER)) ?? UNKNOWN_IP;
}

/** The address of the request being served; unknown outside a request (scripts, tests). */
export async function requestIp(): Promise<string> {
  try {
    return clientIp(await headers());
  } catch {
    return UNKNOWN_IP;
  }
}
