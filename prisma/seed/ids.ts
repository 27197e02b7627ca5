// Deterministic ids: the same name gives the same uuid on every run and every machine.
import { createHash } from "node:crypto";

/** Namespace for Stegvis demo data (itself a fixed random uuid). */
const NAMESPACE = "5f6c2a8e-3d1b-4c7a-9e2f-0b8d4a6c1e93";

/** A name-based uuid (RFC 9562 version 5: SHA-1 over namespace and name). */
export function seedId(name: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(NAMESPACE.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
