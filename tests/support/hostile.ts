// Hostile values for property-based tests (fast-check): what an attacker or a confused browser may put in a
// form field or a query. Shared by the schema, service and HTTP fuzzing. Run sizes come from the environment
// so `npm test` runs a small seed-fixed sample and `npm run test:fuzz` the full count (see docs/security.md).
import fc from "fast-check";

/** Inputs per schema or action, per layer; the defaults are the quick sample `npm test` runs. */
export const FUZZ = {
  /** In-process, through the same zod parse the action does. */
  schemaRuns: Number(process.env.FUZZ_RUNS ?? 300),
  /** Through the service, on a real database. */
  serviceRuns: Number(process.env.FUZZ_DB_RUNS ?? 25),
  /** Through the built app over HTTP. */
  httpRuns: Number(process.env.FUZZ_HTTP_RUNS ?? 8),
  /** Fixed, so a failure reproduces; FUZZ_SEED=random explores. */
  seed: process.env.FUZZ_SEED === "random" ? Date.now() : Number(process.env.FUZZ_SEED ?? 20_261_130),
};

const UNICODE_EDGES = [
  "\u202E", // right-to-left override
  "\u200F\u200E", // RTL and LTR marks
  "\u200B\u200C\u200D\uFEFF", // zero-width characters, byte-order mark
  "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", // stacked combining marks
  "\uD800", // a lone surrogate
  "\u0000", // NUL, which PostgreSQL text cannot hold
  "\u0007\u001B[31m", // bell, terminal escape
  "\u2028\u2029", // line and paragraph separators
  "👩‍👩‍👧‍👦🏳️‍⚧️", // joined emoji
  "Ｅｘａｍｐｌｅ", // full-width letters
  "ﷺ", // one code point that normalises long
  " \t\r\n ", // only whitespace
];

const MARKUP_AND_INJECTION = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "' OR '1'='1",
  "'; DROP TABLE \"Participant\"; --",
  "1; SELECT pg_sleep(5)",
  "%' OR 1=1 --",
  "\\x00\\' --",
  "=HYPERLINK(\"http://angripare.example\")",
  "+SUM(1)",
  "@cmd",
  "../../../../etc/passwd",
  "__proto__",
  "constructor",
  "$ACTION_ID_x",
];

const NUMBERS_AS_TEXT = ["-1", "0", "-0", "1e308", "-1e308", "1e-7", "NaN", "Infinity", "0x10", "9007199254740993", "2147483648", "99999999999999999999", "1,5", "٣"];

const DATES = [
  "0000-01-01",
  "0001-01-01",
  "1899-12-31",
  "1900-02-29",
  "2026-02-29",
  "2026-02-30",
  "2026-13-01",
  "2026-00-10",
  "9999-12-31",
  "+275760-09-13",
  "-000001-01-01",
  "2026-1-5",
  "2026-01-15T00:00:00Z",
  "15/01/2026",
  "1969-12-31",
];

const IDS = ["00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid", "00000000-0000-4000-8000-00000000000", "00000000-0000-4000-8000-0000000000000"];

/** A hostile text a form field may carry; `foreignIds` are real ids of records the actor must not reach. */
export function hostileText(foreignIds: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...UNICODE_EDGES, ...MARKUP_AND_INJECTION, ...NUMBERS_AS_TEXT, ...DATES, ...IDS, ...(foreignIds.length ? foreignIds : IDS)),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.tuple(fc.constantFrom(...UNICODE_EDGES, ...MARKUP_AND_INJECTION), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
    // Up to 100 000 characters: beyond 256 kB the proxy refuses the whole body (web-hardening.spec.ts).
    fc.integer({ min: 1, max: 5 }).map((n) => "x".repeat(10 ** n)),
    fc.integer({ min: -800_000, max: 50_000_000 }).map((days) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
  );
}

/** Any JSON-ish value at all: wrong types for a schema parsed outside a form. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileText(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

/**
 * A form: a valid one with some of its fields replaced by hostile text, dropped, or repeated (a field sent
 * twice arrives as a list), and sometimes a field of its own added.
 */
export function hostileForm(valid: Record<string, string>, foreignIds: readonly string[] = []): fc.Arbitrary<[string, string][]> {
  const names = Object.keys(valid);
  const change = fc.oneof(
    { weight: 5, arbitrary: hostileText(foreignIds).map((value) => ({ kind: "set" as const, value })) },
    // Another unit's or provider's real ids, often: a form that is valid but for whose record it names.
    { weight: foreignIds.length > 0 ? 3 : 0, arbitrary: fc.constantFrom(...foreignIds, "").map((value) => ({ kind: "set" as const, value })) },
    { weight: 1, arbitrary: fc.constant({ kind: "drop" as const, value: "" }) },
    { weight: 1, arbitrary: hostileText(foreignIds).map((value) => ({ kind: "twice" as const, value })) },
    // Left as it was: some forms stay valid and reach the service and the database.
    { weight: 2, arbitrary: fc.constant({ kind: "keep" as const, value: "" }) },
  );
  return fc
    .record({
      changes: fc.dictionary(fc.constantFrom(...names), change, { minKeys: 1, maxKeys: Math.min(3, names.length) }),
      extra: fc.option(fc.tuple(fc.constantFrom("__proto__", "constructor", "id", "unitId", "role", "$ACTION_KEY", "0"), hostileText()), { nil: undefined }),
    })
    .map(({ changes, extra }) => {
      const entries: [string, string][] = [];
      for (const name of names) {
        const c = changes[name];
        if (!c || c.kind === "keep") entries.push([name, valid[name]!]);
        else if (c.kind === "set") entries.push([name, c.value]);
        else if (c.kind === "twice") entries.push([name, valid[name]!], [name, c.value]);
      }
      if (extra) entries.push(extra);
      return entries;
    });
}

export function toFormData(entries: readonly [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}
