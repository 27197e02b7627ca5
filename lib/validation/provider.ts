import Organisationsnummer from "organisationsnummer";
import { z } from "zod";
import { INTEREST_STATUS, PROVIDER_KIND } from "@/lib/domain/vocabulary";
import { MAX_FIELDS_OF_WORK } from "./choices";
import { checkbox, choice, hasControlCharacters, isoDate, missing, municipality, optionalEmail, optionalPhone, optionalText, recordId, requiredText, version, wholeNumber } from "./fields";

/**
 * An organisationsnummer as it is stored: "NNNNNN-NNNN", the way Bolagsverket writes it (and the
 * demo data). Any written form the `organisationsnummer` package accepts (with or without the
 * dash, with the "16" prefix, or a sole trader's personnummer) gives the same stored value, so a
 * duplicate is found however it was typed. Null when the number is not valid.
 */
export function normaliseOrganisationNumber(value: string): string | null {
  try {
    return Organisationsnummer.parse(value.replace(/\s+/g, "")).format(true);
  } catch {
    return null;
  }
}

/** The longest provider name (and so the longest text a provider search needs). */
export const PROVIDER_NAME_MAX = 200;

const organisationNumber = () =>
  z
    .string({ error: missing("Fyll i organisationsnummer.") })
    .max(20, "Organisationsnumret är för långt. Skriv det som NNNNNN-NNNN.")
    .transform((value, ctx) => {
      const normalised = normaliseOrganisationNumber(value);
      if (!normalised) {
        ctx.addIssue({
          code: "custom",
          message: "Det är inte ett giltigt organisationsnummer. Kontrollera siffrorna och den sista siffran (kontrollsiffran). Skriv det som NNNNNN-NNNN.",
        });
        return z.NEVER;
      }
      return normalised;
    });

export { MAX_FIELDS_OF_WORK };
const MAX_FIELD_OF_WORK_LENGTH = 60;

/** Fields of work typed in one box, one per line or separated by commas; the same one twice counts once. */
export function splitFieldsOfWork(text: string): string[] {
  const items = text
    .split(/[,\n]/)
    .map((item) => item.trim().replace(/\s+/g, " "))
    .filter(Boolean);
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLocaleLowerCase("sv");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const fieldsOfWork = () =>
  requiredText("arbetsområden", 2000).transform((text, ctx) => {
    const items = splitFieldsOfWork(text);
    if (items.length === 0) ctx.addIssue({ code: "custom", message: "Fyll i minst ett arbetsområde." });
    if (items.length > MAX_FIELDS_OF_WORK) ctx.addIssue({ code: "custom", message: `Skriv högst ${MAX_FIELDS_OF_WORK} arbetsområden. Nu är det ${items.length}.` });
    const long = items.find((item) => item.length > MAX_FIELD_OF_WORK_LENGTH);
    if (long) ctx.addIssue({ code: "custom", message: `Varje arbetsområde får ha högst ${MAX_FIELD_OF_WORK_LENGTH} tecken. Dela upp ”${long.slice(0, 30)} …” eller korta det.` });
    return items;
  });

const details = {
  organisationNumber: organisationNumber(),
  name: requiredText("namn", PROVIDER_NAME_MAX),
  kind: choice(PROVIDER_KIND.codes, "Välj typ av anordnare."),
  fieldsOfWork: fieldsOfWork(),
  municipalityCode: municipality(),
  contactName: optionalText("kontaktperson", 200),
  contactEmail: optionalEmail("e-postadress"),
  contactPhone: optionalPhone("telefonnummer"),
  capacity: wholeNumber("antal platser", 0, 500),
  interestReceivedOn: isoDate("datum då intresseanmälan kom in").optional(),
  interestStatus: choice(INTEREST_STATUS.codes, "Välj status för intresseanmälan."),
  interestNotes: optionalText("anteckningar", 2000),
};

export const providerInput = z.object(details);
export type ProviderInput = z.output<typeof providerInput>;

export const providerUpdate = z.object({ providerId: recordId(), version: version(), ...details });
export type ProviderUpdate = z.output<typeof providerUpdate>;

const supervisorDetails = {
  name: requiredText("namn", PROVIDER_NAME_MAX),
  title: optionalText("titel", 100),
  email: optionalEmail("e-postadress"),
  phone: optionalPhone("telefonnummer"),
};

/** A supervisor must be reachable: an e-mail address or a telephone number, or both. */
const reachable = (input: { email?: string; phone?: string }, ctx: z.RefinementCtx) => {
  if (!input.email && !input.phone) ctx.addIssue({ code: "custom", path: ["email"], message: "Fyll i e-postadress eller telefonnummer, så att handledaren går att nå." });
};

export const supervisorInput = z.object({ providerId: recordId(), ...supervisorDetails }).superRefine(reachable);
export type SupervisorInput = z.output<typeof supervisorInput>;

export const supervisorUpdate = z.object({ supervisorId: recordId(), ...supervisorDetails, active: checkbox() }).superRefine(reachable);
export type SupervisorUpdate = z.output<typeof supervisorUpdate>;

/** The provider list's filters, read from the address; anything unknown is ignored rather than refused. */
export const providerFilters = z.object({
  q: z.string().trim().max(100).refine((q) => !hasControlCharacters(q)).optional().catch(undefined),
  status: choice(INTEREST_STATUS.codes, "").optional().catch(undefined),
  typ: choice(PROVIDER_KIND.codes, "").optional().catch(undefined),
  kommun: municipality().optional().catch(undefined),
  sida: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type ProviderFilters = z.output<typeof providerFilters>;
