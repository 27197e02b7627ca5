"use client";

import { parse, useForm, type SubmissionResult } from "@conform-to/react";
import type { z } from "zod";

/**
 * A form validated on the server, by the zod schema its action parses with; the schema is named here
 * only as a type, so neither zod nor the schema reaches the browser. What the server refused comes back
 * in `lastResult`, with everything that was typed, and stays on the fields until the next submit.
 */
export function useValidatedForm<Schema extends z.ZodObject>(lastResult: SubmissionResult<string[]> | undefined, defaultValue?: Record<string, unknown>) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    lastResult,
    defaultValue: defaultValue as never,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onSubmit",
    // A submit is left to the server (an error of null tells conform to wait for its reply). A control
    // such as `form.update` (a suggested password, the latest allowed end) is applied here, with no trip.
    onValidate: ({ formData }) =>
      parse<z.output<Schema>, string[]>(formData, { resolve: (payload, intent) => (intent ? { value: payload as z.output<Schema> } : { error: null }) }),
  });
}
