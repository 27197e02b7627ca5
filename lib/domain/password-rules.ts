/**
 * The one rule for a new password, in the browser (the form's hint and instant check) and on the
 * server (the refusal): the same function, the same sentence. Length as OWASP ASVS asks (at least 12
 * here, at most 128 so a passphrase fits), no composition rules, not a common password (zxcvbn's list of
 * about 49 000, with a few Swedish and Stegvis words), and not the user's e-mail address.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_HINT = `Minst ${PASSWORD_MIN_LENGTH} tecken. Inte ett vanligt lösenord och inte din e-postadress. Några ord i följd blir ett bra lösenord som är lätt att komma ihåg.`;

export const PASSWORD_MESSAGES = {
  missing: "Fyll i ett lösenord.",
  tooShort: `Lösenordet ska ha minst ${PASSWORD_MIN_LENGTH} tecken.`,
  tooLong: `Lösenordet får ha högst ${PASSWORD_MAX_LENGTH} tecken.`,
  unusable: "Lösenordet innehåller tecken som inte går att använda, till exempel radbrytningar.",
  common: "Lösenordet är för vanligt och lätt att gissa. Välj ett annat, till exempel några ord i följd.",
  email: "Lösenordet får inte innehålla din e-postadress eller namnet före @ i den.",
} as const;

/** Words anyone guessing at a Swedish work-training system would try first. */
const LOCAL_WORDS = ["lösenord", "losenord", "sommar", "vinter", "hejsan", "stegvis", "arbetsträning", "arbetstraning", "arbetsförmedlingen", "arbetsformedlingen"];

// Sign-in refuses control characters (lib/server/auth.ts); a password holding one could never be used.
const CONTROL = /[\u0000-\u001f\u007f]/;

let common: Set<string> | null = null;
/** The list is decompressed once, on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set([...dictionary["passwords-common"], ...LOCAL_WORDS]);
  return common;
}

/** The password and what is left of it once the digits and signs people add at either end are taken off. */
function guessableForms(password: string): string[] {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+/u, "").replace(/[^\p{L}]+$/u, "");
  return core && core !== lower ? [lower, core] : [lower];
}

/** Why this password may not be used, in Swedish; null when it may. `email` is the account's address. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length === 0) return PASSWORD_MESSAGES.missing;
  if (CONTROL.test(password)) return PASSWORD_MESSAGES.unusable;
  if ([...password].length < PASSWORD_MIN_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (password.length > PASSWORD_MAX_LENGTH) return PASSWORD_MESSAGES.tooLong;
  if (guessableForms(password).some((form) => commonPasswords().has(form))) return PASSWORD_MESSAGES.common;
  const email = context.email?.trim().toLowerCase();
  const local = email?.split("@")[0] ?? "";
  const lower = password.toLowerCase();
  if (email && (lower.includes(email) || (local.length >= 3 && lower.includes(local)))) return PASSWORD_MESSAGES.email;
  return null;
}

// No 0/O, 1/l/I: a one-time password is read aloud or copied by hand.
const SUGGESTION_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random one-time password an administrator can hand over: four groups of four, about 93 bits. */
export function suggestPassword(): string {
  const bytes = new Uint32Array(16);
  globalThis.crypto.getRandomValues(bytes);
  const characters = [...bytes].map((n) => SUGGESTION_ALPHABET[n % SUGGESTION_ALPHABET.length]);
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join("")).join("-");
}
