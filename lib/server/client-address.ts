// Which address names a request's client. Not "server-only": the app's HTTP server (scripts/http-server.ts)
// runs it outside Next's bundle, on every request, before Next sees the request.
import { createHmac, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { IncomingMessage } from "node:http";

/** Set by the app's HTTP server on every request to the client's address; a client's own copy is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-stegvis-client-address";
/**
 * Set in the environment of the process that runs the app's HTTP server. Only then does the header come
 * from us: served by plain `next start`, a client could send it, so the app names no address.
 */
export const CLIENT_ADDRESS_FROM_SERVER = "STEGVIS_CLIENT_ADDRESS_FROM_SERVER";

/** A valid IP address in one spelling: an IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d. */
export function canonicalAddress(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value || !isIP(value)) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  return mapped ? mapped[1]! : value.toLowerCase();
}

/**
 * The client's address: behind our own reverse proxy (`trustedProxy`), the last X-Forwarded-For entry,
 * the one that proxy appended (earlier entries are the client's own word); a request that reached the
 * app without the header did not come through the proxy, and is named by its socket. Without a proxy,
 * always the socket's peer: X-Forwarded-For is then whatever the client chose to send.
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | undefined, trustedProxy: boolean): string | null {
  if (trustedProxy && forwardedFor !== undefined) return canonicalAddress(forwardedFor.split(",").at(-1));
  return canonicalAddress(peer);
}

/** Signs the address header, so that the server can tell an address it wrote itself from one a client wrote. */
export const CLIENT_ADDRESS_SEAL_HEADER = "x-stegvis-client-address-seal";

function seal(address: string, key: string): string {
  return createHmac("sha256", key).update(address).digest("base64url");
}

/**
 * The address the app's own server wrote on a request that the app now sends to itself: Next answers a form
 * whose action redirects by fetching the next page from its own server, with the form's headers. That request
 * comes from this machine's socket, but serves the client the form came from. Only our seal makes it count.
 */
function sealedAddress(request: IncomingMessage, key: string): string | null {
  const address = request.headers[CLIENT_ADDRESS_HEADER];
  const given = request.headers[CLIENT_ADDRESS_SEAL_HEADER];
  if (typeof address !== "string" || typeof given !== "string" || canonicalAddress(address) !== address) return null;
  const expected = Buffer.from(seal(address, key));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? address : null;
}

/**
 * Writes the client's address on the request for the app to read (lib/server/client-ip.ts), with its seal, or
 * removes a forged one. True when the request is the app's own, carrying the address of the client it serves.
 */
export function stampClientAddress(request: IncomingMessage, trustedProxy: boolean, key: string): boolean {
  const carried = sealedAddress(request, key);
  const forwarded = request.headers["x-forwarded-for"];
  const address = carried ?? clientAddressOf(request.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trustedProxy);
  if (address) {
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    request.headers[CLIENT_ADDRESS_SEAL_HEADER] = seal(address, key);
  } else {
    delete request.headers[CLIENT_ADDRESS_HEADER];
    delete request.headers[CLIENT_ADDRESS_SEAL_HEADER];
  }
  return carried !== null;
}
