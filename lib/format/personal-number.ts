/** Personnummer shown masked by default: the date part stays, the last four digits do not. "198503129812" → "19850312-****". */
export function maskPersonalNumber(twelveDigits: string): string {
  return `${twelveDigits.slice(0, 8)}-****`;
}

/** The whole number as it is written, "198503129812" → "19850312-9812". Shown only after an audited click. */
export function formatPersonalNumber(twelveDigits: string): string {
  return `${twelveDigits.slice(0, 8)}-${twelveDigits.slice(8)}`;
}
