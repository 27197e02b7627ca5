// The schema engine's errors start with a generic line ("external connector error"); PostgreSQL's own
// message, a few lines down, is the one that tells an operator what went wrong.
export function migrationErrorLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((l) => l.trim());
  return lines.find((l) => /ERROR:|P\d{4}|failed|misslyck/i.test(l) && !/^external connector error$/i.test(l)) ?? lines[0] ?? "";
}
