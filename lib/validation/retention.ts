import { z } from "zod";
import { isoDate } from "./fields";

/** The admin's go-ahead for a retention run: the cut-off of the list they saw, and that they checked it. */
export const retentionRunInput = z.object({
  cutoff: isoDate("gränsdatum"),
  confirmed: z.literal("on", { error: "Kryssa i att du har gått igenom listan." }),
});
export type RetentionRunInput = z.output<typeof retentionRunInput>;
