// Every input schema in lib/validation, fed hostile values: wrong types, huge strings, Unicode edge cases,
// markup, SQL, odd numbers and dates. Parsing never throws (a throw in an action is a 500); a refusal speaks
// Swedish at a field; what is accepted holds no control character and no text longer than its field allows.
// FUZZ_RUNS sets the inputs per schema and layer (npm run test:fuzz: 10 000), FUZZ_SEED the seed.
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseWithZod } from "@conform-to/zod/v4";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { anyValue, FUZZ, hostileText, toFormData } from "../support/hostile";

const DIR = path.resolve(import.meta.dirname, "../../lib/validation");
const modules = await Promise.all(
  readdirSync(DIR)
    .filter((f) => f.endsWith(".ts"))
    .map(async (file) => [file, (await import(path.join(DIR, file))) as Record<string, unknown>] as const),
);
const schemas = modules.flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodObject] => entry[1] instanceof z.ZodObject)
    .map(([name, schema]) => ({ name: `${file.replace(/\.ts$/, "")}.${name}`, schema })),
);

/** zod's own English messages, which would reach a Swedish form unchanged. */
const ENGLISH = /^(Invalid|Expected|Too (big|small)|Required|Unrecognized|Number must|String must)/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const options = { numRuns: FUZZ.schemaRuns, seed: FUZZ.seed };
/** A generous minute per 10 000 inputs: the full run on a busy two-core machine. */
const timeout = Math.max(10_000, FUZZ.schemaRuns * 6);

describe("input schemas under hostile input", () => {
  it("covers every schema in lib/validation", () => {
    expect(schemas.length).toBeGreaterThanOrEqual(12);
  });

  for (const { name, schema } of schemas) {
    const fields = Object.keys(schema.shape);

    it(`${name}: values of any type never make parsing throw`, () => {
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...fields, "__proto__", "extra"), anyValue), (input) => {
          const result = schema.safeParse(input);
          if (!result.success) for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
        }),
        options,
      );
    }, timeout);

    it(`${name}: a hostile form is refused in Swedish at a field, or accepted clean`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...fields), hostileText()), { maxLength: fields.length + 2 }), (entries) => {
          const submission = parseWithZod(toFormData(entries), { schema });
          if (submission.status === "success") {
            for (const text of strings(submission.value)) expect(CONTROL.test(text), JSON.stringify(text)).toBe(false);
          } else {
            const messages = Object.values(submission.error ?? {}).flat().filter((m): m is string => typeof m === "string");
            for (const message of messages) expect(message, `${name}: ${message}`).not.toMatch(ENGLISH);
          }
        }),
        options,
      );
    }, timeout);
  }
});
