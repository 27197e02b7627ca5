import { z } from "zod";
import { COMPENSATION, GENDER } from "@/lib/domain/vocabulary";
import { checkbox, choice, isoDate, missing, municipality, optionalText, recordId, requiredText, version, wholeNumber } from "./fields";
import { parsePersonalIdentity } from "./personal-identity";

/** A programme code as stored: JOB, UGA, ETP or a configured programme's code. Whether it exists is the service's question. */
export const programmeCode = () =>
  z
    .string({ error: missing("Välj program.") })
    .trim()
    .regex(/^[A-Z0-9_-]{1,32}$/, "Välj ett program i listan.");

const personalIdentity = () =>
  z
    .string({ error: missing("Fyll i personnummer eller samordningsnummer.") })
    .max(20, "Personnumret är för långt. Skriv det som ÅÅÅÅMMDD-NNNN.")
    .transform((value, ctx) => {
      const parsed = parsePersonalIdentity(value);
      if (!parsed) {
        ctx.addIssue({
          code: "custom",
          message: "Det är inte ett giltigt personnummer eller samordningsnummer. Kontrollera datumet och den sista siffran (kontrollsiffran). Skriv det som ÅÅÅÅMMDD-NNNN.",
        });
        return z.NEVER;
      }
      return parsed;
    });

const details = {
  firstName: requiredText("förnamn", 100),
  lastName: requiredText("efternamn", 100),
  gender: choice(GENDER.codes, "Välj kön."),
  municipalityCode: municipality(),
  programme: programmeCode(),
  jobCompensableDays: wholeNumber("antal ersättningsdagar", 0, 5000).optional(),
  compensation: choice(COMPENSATION.codes, "Välj ersättning i listan.").optional(),
  consentDate: isoDate("datum för samtycke").optional(),
  protectedIdentity: checkbox(),
};

export const participantInput = z.object({ personalIdentityNumber: personalIdentity(), ...details });
export type ParticipantInput = z.output<typeof participantInput>;

export const participantUpdate = z.object({ participantId: recordId(), version: version(), ...details });
export type ParticipantUpdate = z.output<typeof participantUpdate>;

export const participantTransfer = z.object({
  participantId: recordId(),
  version: version(),
  responsibleOfficerId: recordId("Välj en handläggare i listan."),
  reason: optionalText("anledning", 500),
});
export type ParticipantTransfer = z.output<typeof participantTransfer>;
