// Identity numbers for demo data that cannot belong to real people or organisations.
import type { Rng } from "./random";

/** Luhn check digit for a string of digits (the check digit itself not included). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights 2,1,2,1,… from the left, as for personnummer and organisationsnummer.
    let v = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

export type Sex = "female" | "male" | "any";

/**
 * Skatteverket's test birth numbers (980–999), split in two. Numbers from 980–989 are checked against the
 * database before use (the demo, most factories); 990–999 are `uniqueTestPersonalNumber`'s, which registers
 * them without asking, so a number from the other half could fail a test by chance.
 */
export const CHECKED_TEST_SERIALS = { first: 980, count: 10 } as const;
export const UNCHECKED_TEST_SERIALS = { first: 990, count: 10 } as const;

/**
 * A test personnummer or samordningsnummer, 12 digits (YYYYMMDDNNNC).
 *
 * Skatteverket's convention for test numbers: the birth numbers (NNN) 980–999 are
 * reserved for tests and never assigned to a person, so a number in that range with a
 * correct Luhn check digit is valid but fictive. The third birth-number digit is odd for
 * men and even for women. A samordningsnummer adds 60 to the day of birth.
 *
 * The demo keeps to CHECKED_TEST_SERIALS.
 */
export function testIdentityNumber(
  rng: Rng,
  birthDate: string,
  sex: Sex,
  options: { coordination?: boolean } = {},
): string {
  let serial: number;
  do {
    serial = rng.int(980, 999);
  } while ((sex === "female" && serial % 2 !== 0) || (sex === "male" && serial % 2 !== 1));
  // Folded onto the checked half (the same parity) rather than drawn from there: the draws stay as they were, and so does
  // the rest of the demo, unless the folded number is taken and the seed draws again.
  serial = CHECKED_TEST_SERIALS.first + ((serial - 980) % CHECKED_TEST_SERIALS.count);
  const [year, month, day] = birthDate.split("-") as [string, string, string];
  const dd = options.coordination ? String(Number(day) + 60) : day;
  const tenFirstNine = `${year.slice(2)}${month}${dd}${serial}`;
  return `${year}${month}${dd}${serial}${luhnCheckDigit(tenFirstNine)}`;
}

/**
 * An organisationsnummer NNNNNN-NNNC: a Luhn check over the ten digits and a third digit
 * of at least 2 (which keeps it apart from a personnummer's month).
 *
 * The demo numbers are made to look fictive at a glance: the first six digits repeat the
 * legal-form digit (5 aktiebolag, 7 ekonomisk förening, 8 ideell förening, 2 kommun),
 * followed by 00 and a running number. They are invented for the demo; they were not
 * checked against Bolagsverket's register.
 */
export function fictiveOrganisationNumber(legalFormDigit: 2 | 5 | 7 | 8, running: number): string {
  const nine = `${String(legalFormDigit).repeat(6)}00${running}`;
  if (nine.length !== 9) throw new RangeError("running number must be one digit");
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

/** Whether `value` (NNNNNN-NNNN or ten digits) is a well-formed organisationsnummer. */
export function isValidOrganisationNumber(value: string): boolean {
  const digits = value.replace("-", "");
  if (!/^\d{10}$/.test(digits) || Number(digits[2]) < 2) return false;
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}
