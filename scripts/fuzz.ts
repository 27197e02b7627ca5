// npm run test:fuzz: the full property-based run, at least 10 000 hostile inputs per server action in all:
// every input schema in-process (FUZZ_RUNS per schema and layer, 10 000), every action's service on a scratch
// database (FUZZ_DB_RUNS, 400) and every action through the built app over HTTP (FUZZ_HTTP_RUNS, 100).
// `npm test` runs the same tests with a small sample. FUZZ_SEED=random explores beyond the fixed seed.
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  FUZZ_RUNS: process.env.FUZZ_RUNS ?? "10000",
  FUZZ_DB_RUNS: process.env.FUZZ_DB_RUNS ?? "400",
  FUZZ_HTTP_RUNS: process.env.FUZZ_HTTP_RUNS ?? "100",
};
const steps: [string, string[]][] = [
  ["Scheman (i processen)", ["vitest", "run", "--project", "unit", "tests/unit/fuzz-schemas.test.ts"]],
  ["Tjänster (PostgreSQL)", ["vitest", "run", "--project", "integration", "tests/integration/fuzz-services.test.ts"]],
  ["Server actions (HTTP mot den byggda appen)", ["tsx", "scripts/e2e.ts", "tests/e2e/fuzz-actions.spec.ts"]],
];
console.log(`Fuzzning: ${env.FUZZ_RUNS} per schema och lager, ${env.FUZZ_DB_RUNS} per tjänst, ${env.FUZZ_HTTP_RUNS} per action över HTTP; frö ${process.env.FUZZ_SEED ?? "fast"}.`);
for (const [name, args] of steps) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync("npx", args, { stdio: "inherit", env });
  if (status !== 0) {
    console.error(`${name}: misslyckades.`);
    process.exit(status ?? 1);
  }
}
console.log("\nFuzzningen höll: inga 500, inga skrivningar vid avslag, inga andras uppgifter.");
