/**
 * What the REST API (/api/v1) parses from a request: the query and the path's id, with Swedish messages.
 * The shapes it answers are in lib/api/contract.ts; lib/api/openapi.ts describes both.
 */
import { z } from "zod";

export const API_PAGE_SIZE = { default: 25, max: 100 } as const;

export const unknownParameter = { error: (issue: { code: string; keys?: string[] }) => (issue.code === "unrecognized_keys" ? `Okänd parameter: ${issue.keys?.join(", ")}.` : undefined) };

export const placementListQuery = z
  .strictObject(
    {
      cursor: z.uuid({ error: "Parametern cursor ska vara värdet nextCursor från förra sidan." }).optional().meta({ description: "nextCursor from the previous page; absent for the first page." }),
      limit: z
        .string({ error: "Parametern limit ska vara ett heltal." })
        .regex(/^\d{1,3}$/, `Parametern limit ska vara ett heltal från 1 till ${API_PAGE_SIZE.max}.`)
        .transform(Number)
        .refine((n) => n >= 1 && n <= API_PAGE_SIZE.max, `Parametern limit ska vara ett heltal från 1 till ${API_PAGE_SIZE.max}.`)
        .optional()
        .meta({ description: `Placements per page, 1–${API_PAGE_SIZE.max} (default ${API_PAGE_SIZE.default}).` }),
    },
    unknownParameter,
  )
  .meta({ id: "PlacementListQuery" });

export const placementIdParams = z.object({ id: z.uuid({ error: "Placeringens id ska vara ett uuid." }).meta({ description: "The placement's id." }) });

