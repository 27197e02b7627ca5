// The second factor of demo and test accounts. Their authenticator secret is made from the e-mail address,
// so the seed, the test helpers and `npm run demo:kod` agree on it without storing it anywhere. Like the demo
// passwords it is public: it exists only in demo and test databases, which no real person's data reaches.

import { createHash } from "node:crypto";
import { Secret } from "otpauth";
import { newestAcceptedStep, oldestAcceptedStep, totpCode } from "../lib/domain/second-factor";

/** The base32 TOTP secret of a demo or test account. */
export function knownTotpSecret(email: string): string {
  const digest = createHash("sha256").update(`stegvis-demo-totp:${email.toLowerCase()}`).digest();
  return new Secret({ buffer: new Uint8Array(digest.subarray(0, 20)).buffer }).base32;
}

/** How long after a code is made the server may check it: a browser filling the form and waiting on a busy machine. */
const CHECKED_WITHIN_MS = 15_000;

/**
 * A code the account's app would accept now and that has not been used yet: the oldest step still accepted
 * after `lastUsedStep`, so sign-ins of one account in quick succession each get a fresh one; null when none
 * is left before the clock moves on (after two or three sign-ins within about 30 seconds). Never a step that
 * leaves the window within CHECKED_WITHIN_MS: made just before the clock turns, it would be refused.
 */
export function nextKnownCode(email: string, lastUsedStep: number | null, now = new Date()): { code: string; step: number } | null {
  const step = Math.max(oldestAcceptedStep(new Date(now.getTime() + CHECKED_WITHIN_MS)), (lastUsedStep ?? 0) + 1);
  return step <= newestAcceptedStep(now) ? { code: totpCode(knownTotpSecret(email), step), step } : null;
}
