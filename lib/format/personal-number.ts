/** Personnummer shown masked by default: the date part stays, the last four digits do not. "198503129812" → "19850312-****". */
export function maskPersonalNumber(twelveDigits: string): string {
  return `${twelveDigits.slice(0, 8)}-****`;
}
