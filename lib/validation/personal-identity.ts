import Personnummer from "personnummer";

export type PersonalIdentity = { twelveDigits: string; isCoordinationNumber: boolean };

/**
 * A personnummer or samordningsnummer with its checksum and a real date (the package checks both),
 * in any of the usual ways of writing it; null when it is not one.
 */
export function parsePersonalIdentity(raw: string): PersonalIdentity | null {
  const value = raw.trim();
  if (!/^(\d{6}|\d{8})[-+]?\d{4}$/.test(value) || !Personnummer.valid(value)) return null;
  const parsed = Personnummer.parse(value);
  return { twelveDigits: parsed.format(true), isCoordinationNumber: parsed.isCoordinationNumber() };
}
