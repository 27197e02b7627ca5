import { z } from "zod";
import { isoDate, optionalText, recordId, version } from "./fields";

/** A consent withdrawal: the day the participant withdrew it, and a note on how (by phone, in a letter …). */
export const consentWithdrawal = z.object({
  participantId: recordId(),
  version: version(),
  withdrawnOn: isoDate("datum då samtycket återkallades"),
  note: optionalText("anteckning", 1000),
});
export type ConsentWithdrawal = z.output<typeof consentWithdrawal>;
