/**
 * Building blocks for the input schemas, with Swedish messages. Forms (in the browser) and server
 * actions parse with the same schemas. Conform turns an empty field into `undefined`, so "required"
 * is the message for a missing value.
 */
import { z } from "zod";
import { isMunicipalityCode } from "@/lib/domain/municipalities";
import { isIsoDate } from "@/lib/rules";

/** Control characters other than tab and line breaks have no place in what a person types. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Said for a value no form of ours sends (a list for one field, a checkbox that is not "on"): only a tampered request does. */
export const UNREADABLE = "Värdet i fältet gick inte att läsa. Fyll i det igen.";

/** The field's own message when it is missing; the plain one for a value of the wrong kind. */
export const missing = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? message : UNREADABLE);

/** Whether a text holds a control character (a tampered request, or a paste of binary data). */
export const hasControlCharacters = (value: string): boolean => CONTROL_CHARACTERS.test(value);

/**
 * Characters that change how a text looks without being seen: C1 controls, bidi marks, overrides and
 * isolates (a name that displays reversed), zero-width spaces and a BOM (a name that looks empty or like
 * another). A zero-width joiner is refused too, except between two emoji where it builds one (👩‍🔧).
 */
const INVISIBLE_CHARACTERS = /[\u0080-\u009f\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]|(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/u;

/**
 * Required text of at most `max` characters, trimmed and in Unicode's composed form (NFC), so "å"
 * typed on a Mac and on Windows is one and the same name. `label` reads inside a sentence: "förnamn".
 */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: missing(`Fyll i ${label}.`) })
    .trim()
    .normalize("NFC")
    .min(1, `Fyll i ${label}.`)
    .max(max, `Skriv högst ${max} tecken i ${label}.`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), `Fältet ${label} innehåller tecken som inte går att spara.`)
    .refine((value) => !INVISIBLE_CHARACTERS.test(value), `Fältet ${label} innehåller osynliga tecken eller tecken som vänder texten. Skriv in texten igen utan dem.`);
}

/** Optional text: absent or at most `max` characters. */
export function optionalText(label: string, max: number) {
  return requiredText(label, max).optional();
}

/** A calendar date "YYYY-MM-DD" (what a date field sends). */
export function isoDate(label: string) {
  return z
    .string({ error: missing(`Fyll i ${label}.`) })
    .refine(isIsoDate, `${capitalise(label)} är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-01-15.`);
}

/** A whole number from `min` to `max`, typed in a text or number field. */
export function wholeNumber(label: string, min: number, max: number) {
  // Parsed from the text rather than with z.coerce, which turns a missing value into NaN and loses "Fyll i".
  return z
    .string({ error: missing(`Fyll i ${label}.`) })
    .transform((text) => (text.trim() === "" ? Number.NaN : Number(text.trim())))
    .refine(Number.isFinite, { error: `Skriv ${label} som ett tal.`, abort: true })
    .refine(Number.isInteger, { error: `Skriv ${label} som ett helt tal.`, abort: true })
    .refine((n) => n >= min && n <= max, `${capitalise(label)} ska vara från ${min} till ${max}.`);
}

/** One of a closed list of codes, chosen in a select or radio group. */
export function choice<const Code extends string>(codes: readonly Code[], message: string) {
  return z.enum(codes as [Code, ...Code[]], { error: message });
}

/** A checkbox: checked is "on", unchecked sends nothing. */
export const checkbox = () => z.boolean({ error: UNREADABLE }).optional().default(false);

/** Said when a form's hidden version is missing or not one the app wrote. */
export const BROKEN_FORM = "Formuläret är inte komplett. Ladda om sidan och försök igen.";

/** The version a form was opened at (a stale one is refused); at most what the database column holds. `min` 0: "no record yet". */
export const version = (min = 1) => z.coerce.number({ error: BROKEN_FORM }).int(BROKEN_FORM).min(min, BROKEN_FORM).max(2_147_483_647, BROKEN_FORM);

/** A record id carried by a form. Anything else is not a record anyone can see. */
export const recordId = (message = "Posten finns inte.") => z.uuid({ error: message });

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Whether a path segment can be a record id at all; anything else is answered 404 without a query. */
export const isUuid = (value: string): boolean => z.uuid().safeParse(value).success;

/** One of Sweden's municipalities by SCB code, chosen in a select. */
export function municipality(message = "Välj kommun.") {
  return z.string({ error: missing(message) }).refine(isMunicipalityCode, "Välj en kommun i listan.");
}

/** An optional e-mail address; `label` reads inside a sentence: "e-postadress". */
export function optionalEmail(label: string) {
  return requiredText(label, 254)
    .refine((value) => z.email().safeParse(value).success, `Skriv ${label} som namn@exempel.se.`)
    .optional();
}

const PHONE = /^\+?[0-9 ()-]+$/;

/** An optional telephone number: digits with the spaces, dashes and brackets people write, 6–15 digits. */
export function optionalPhone(label: string) {
  return requiredText(label, 30)
    .refine((value) => {
      const digits = value.replace(/\D/g, "").length;
      return PHONE.test(value) && digits >= 6 && digits <= 15;
    }, `Skriv ${label} med siffror, till exempel 070-123 45 67.`)
    .optional();
}
