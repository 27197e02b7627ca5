import { Secret, TOTP } from "otpauth";
import type { Role } from "./roles";

/** Roles that read many participants' data: they may not work on a password alone (ASVS 6.3.2, issue 18). */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["ADMIN", "HANDLAGGARE"];

export function requiresSecondFactor(role: Role): boolean {
  return SECOND_FACTOR_ROLES.includes(role);
}

/** What a session still has to do before it opens anything: type a code, or first set up the authenticator app. */
export type SecondFactorStep = "verify" | "enrol";

/**
 * The step a session is held at, or null when it is open. A session opened by the password of an enrolled
 * user waits for a code; a user whose role requires the second factor and who has none enrols first, however
 * the password session was opened (a role changed or a factor reset while signed in). A session opened by the
 * organisation's sign-in is open: its identity provider checked the person (ADR 0013).
 */
export function secondFactorStep(state: { role: Role; enrolled: boolean; sessionPending: boolean; throughOrganisation: boolean }): SecondFactorStep | null {
  if (state.throughOrganisation) return null;
  if (state.enrolled) return state.sessionPending ? "verify" : null;
  return requiresSecondFactor(state.role) ? "enrol" : null;
}

const PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed as it turned. */
const WINDOW = 1;
const ISSUER = "Stegvis";

function totp(secret: string, label = "") {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** A new shared secret: 160 random bits (RFC 4226's recommendation), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** A base32 secret of the length we issue, nothing else (it comes back from the enrolment form). */
export function isTotpSecret(value: string): boolean {
  return /^[A-Z2-7]{32}$/.test(value);
}

/** The `otpauth://` address the enrolment QR code holds. */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The secret in groups of four, for typing it into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / PERIOD_SECONDS);
}

/** The code an authenticator app shows for `secret` at the given 30-second step. */
export function totpCode(secret: string, step: number): string {
  return totp(secret).generate({ timestamp: step * PERIOD_SECONDS * 1000 });
}

/** The step whose code `code` is, within one step of `now`; null when it is none of them. */
export function matchedStep(secret: string, code: string, now: Date): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? null : totpStep(now) + delta;
}

/** The earliest step whose code is still accepted at `now`. */
export function oldestAcceptedStep(now: Date): number {
  return totpStep(now) - WINDOW;
}

/** The latest step whose code is already accepted at `now`. */
export function newestAcceptedStep(now: Date): number {
  return totpStep(now) + WINDOW;
}

/** A six-digit code as typed: spaces and dashes an app shows between groups are dropped. */
export function normalizedCode(typed: string): string {
  return typed.replace(/[\s-]/g, "").toUpperCase();
}

export const RECOVERY_CODE_COUNT = 10;
/** No 0/O, 1/I/L: read off paper without doubt. 10 characters from 31 is about 50 bits, hashed and rate-limited. */
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const RECOVERY_LENGTH = 10;

/** Recovery codes as the user writes them down: two groups of five ("ABCDE-FGHJK"). */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars: string[] = [];
    while (chars.length < RECOVERY_LENGTH) {
      // Bytes from 248 up are drawn again, so every character is equally likely (248 = 8 × 31).
      for (const byte of crypto.getRandomValues(new Uint8Array(RECOVERY_LENGTH))) if (byte < 248 && chars.length < RECOVERY_LENGTH) chars.push(RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]!);
    }
    return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
  });
}

/** What a typed code is: six digits from the app, or a recovery code (compared without its dash). */
export function codeKind(normalized: string): "totp" | "recovery" | null {
  if (/^\d{6}$/.test(normalized)) return "totp";
  if (normalized.length === RECOVERY_LENGTH && [...normalized].every((c) => RECOVERY_ALPHABET.includes(c))) return "recovery";
  return null;
}
