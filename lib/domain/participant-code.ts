/**
 * The sign-in code a case officer hands a participant for their own view (issue 18, ADR participant-sign-in):
 * eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), written in two groups of four.
 * 31⁸ ≈ 8.5·10¹¹ codes, tried only with the participant's personnummer and under the sign-in limits.
 */
export const PARTICIPANT_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const PARTICIPANT_CODE_LENGTH = 8;

/** How long a code opens the participant's view, like an administrator's one-time password. */
export const PARTICIPANT_CODE_HOURS = 72;

export const participantCodeExpiry = (now: Date = new Date()): Date => new Date(now.getTime() + PARTICIPANT_CODE_HOURS * 3_600_000);

/** A code as typed ("abcd efgh", "ABCD-EFGH") in the one form it is stored under; null when it cannot be one. */
export function normaliseParticipantCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== PARTICIPANT_CODE_LENGTH) return null;
  return [...code].every((c) => PARTICIPANT_CODE_ALPHABET.includes(c)) ? code : null;
}

/** "ABCDEFGH" → "ABCD-EFGH", as the officer reads it out. */
export const formatParticipantCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What the sign-in form says for any wrong personnummer or code, so nothing tells which was wrong. */
export const PARTICIPANT_SIGN_IN_REFUSED = "Personnumret eller koden stämmer inte, eller så har koden redan använts eller gått ut. Be din handläggare om en ny kod.";

/** next-auth's provider id for the participant's code sign-in (lib/server/auth.ts; the form calls signIn with it). */
export const PARTICIPANT_CODE_PROVIDER_ID = "deltagarkod";
