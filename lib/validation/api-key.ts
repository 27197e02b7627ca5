/** The administrator's forms for API keys: create (with the key shown on the form) and revoke. */
import { z } from "zod";
import { API_KEY_PATTERN } from "@/lib/api/token";
import { API_KEY_KINDS, type ApiKeyKindChoice } from "./choices";
import { recordId, requiredText } from "./fields";

export const apiKeyCreation = z
  .object({
    namn: requiredText("namn", 100),
    typ: z.enum(Object.keys(API_KEY_KINDS) as [ApiKeyKindChoice, ...ApiKeyKindChoice[]], { error: "Välj vad nyckeln ska ge tillgång till." }),
    anordnare: z.uuid({ error: "Välj anordnare i listan." }).optional(),
    koordinator: z.uuid({ error: "Välj koordinator i listan." }).optional(),
    nyckel: z.string({ error: "Nyckeln saknas. Ladda om sidan." }).regex(API_KEY_PATTERN, "Nyckeln är inte en nyckel som Stegvis har tagit fram. Ladda om sidan."),
  })
  .superRefine((v, ctx) => {
    if (v.typ === "anordnare" && !v.anordnare) ctx.addIssue({ code: "custom", path: ["anordnare"], message: "Välj anordnare." });
    if (v.typ === "koordinator" && !v.koordinator) ctx.addIssue({ code: "custom", path: ["koordinator"], message: "Välj koordinator." });
  });
export type ApiKeyCreation = z.output<typeof apiKeyCreation>;

export const apiKeyRevocation = z.object({ apiKeyId: recordId("Nyckeln finns inte.") });
export type ApiKeyRevocation = z.output<typeof apiKeyRevocation>;
