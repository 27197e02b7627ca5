// Not "server-only": the admin's page draws a key to show, and tests draw keys too. Hashing is on the server.
import { createHash, randomBytes } from "node:crypto";

/** "stv_" and 32 random bytes in base64url: 256 bits, far past guessing, so one fast hash is enough (ADR: API keys). */
export const API_KEY_PATTERN = /^stv_[A-Za-z0-9_-]{43}$/;
/** How much of a key is kept in clear and shown in lists, to tell keys apart: "stv_" and 8 characters (48 bits). */
export const API_KEY_PREFIX_LENGTH = 12;

export function newApiKey(): string {
  return `stv_${randomBytes(32).toString("base64url")}`;
}

export function apiKeyHash(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export const apiKeyPrefix = (key: string): string => key.slice(0, API_KEY_PREFIX_LENGTH);
