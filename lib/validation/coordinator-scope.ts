/** The admin's form for a coordinator's scope: national, or a choice of units and municipalities. */
import { z } from "zod";
import { isMunicipalityCode } from "@/lib/domain/municipalities";
import { recordId } from "./fields";
import { SCOPE_KINDS, type ScopeKind } from "./choices";

export { SCOPE_KINDS, type ScopeKind };

const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(400));

export const coordinatorScopeInput = z
  .object({
    userId: recordId("Användaren finns inte."),
    omfattning: z.enum(Object.keys(SCOPE_KINDS) as [ScopeKind, ...ScopeKind[]], { error: "Välj omfattning." }),
    enheter: many(z.uuid({ error: "Välj enheter i listan." })),
    kommuner: many(z.string({ error: "Välj kommuner i listan." }).refine(isMunicipalityCode, "Välj kommuner i listan.")),
  })
  .refine((v) => v.omfattning !== "urval" || v.enheter.length + v.kommuner.length > 0, {
    path: ["enheter"],
    message: "Välj minst en enhet eller en kommun, eller välj en annan omfattning.",
  });
export type CoordinatorScopeInput = z.output<typeof coordinatorScopeInput>;
