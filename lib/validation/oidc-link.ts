import { z } from "zod";
import { optionalText, recordId, version } from "./fields";

/**
 * An administrator links an account to the organisation's sign-in: by the person's user id there (subject), or,
 * left empty, by the verified e-mail address at the person's next single sign-on.
 */
export const oidcLink = z.object({
  userId: recordId(),
  version: version(),
  subject: optionalText("användar-id:t hos organisationens inloggning", 255),
});
export type OidcLink = z.output<typeof oidcLink>;
