/**
 * The short confirmations shown after a command succeeds. The redirect carries only the key, so a
 * link cannot make the page say anything else.
 */
export const CONFIRMATIONS = {
  "deltagare-registrerad": "Deltagaren är registrerad.",
  "deltagare-fanns": "Personnumret fanns redan på enheten. Här är deltagaren; ingen ny registrering gjordes.",
  "deltagare-andrad": "Uppgifterna om deltagaren är sparade.",
  "deltagare-flyttad": "Deltagaren är flyttad.",
  "bedomning-sparad": "Den individuella bedömningen är sparad.",
  "handlingsplan-sparad": "Handlingsplanen är sparad.",
  "milstolpe-sparad": "Milstolpen är sparad.",
  "anordnare-registrerad": "Anordnaren är registrerad.",
  "anordnare-andrad": "Uppgifterna om anordnaren är sparade.",
  "handledare-sparad": "Handledaren är sparad.",
  "placering-registrerad": "Placeringen är registrerad.",
  "placering-forlangd": "Placeringen är förlängd.",
  "placering-forkortad": "Placeringen är förkortad.",
  "placering-avslutad": "Placeringen är avslutad.",
  "placering-makulerad": "Placeringen är makulerad.",
  "omfattning-sparad": "Koordinatorns omfattning är sparad.",
} as const;

export type Confirmation = keyof typeof CONFIRMATIONS;

export function confirmationText(key: string | string[] | undefined): string | null {
  const value = Array.isArray(key) ? key[0] : key;
  return value && Object.hasOwn(CONFIRMATIONS, value) ? CONFIRMATIONS[value as Confirmation] : null;
}
