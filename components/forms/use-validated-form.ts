"use client";

import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/**
 * A form validated in the browser with the same zod schema the server action parses with: each
 * field when it is left, again while it is corrected, and all of them on submit. What the server
 * refused comes back in `lastResult`, with everything that was typed.
 */
export function useValidatedForm<Schema extends z.ZodObject>(
  schema: Schema,
  lastResult: SubmissionResult<string[]> | undefined,
  defaultValue?: Record<string, unknown>,
) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    lastResult,
    defaultValue: defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
