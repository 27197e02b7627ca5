import { PROGRAMME_LABELS } from "@/lib/rules";

/** A programme's Swedish short label; codes of a municipality's own programmes are shown as they are. */
export function programmeLabel(code: string): string {
  return (PROGRAMME_LABELS as Record<string, string>)[code] ?? code;
}
