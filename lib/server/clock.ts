// Not "server-only": scripts/start.ts reads the same day for the status job, outside Next.
import { stockholmDay } from "@/lib/format/date";

/**
 * Today's calendar day in Sweden as "YYYY-MM-DD". STEGVIS_TODAY fixes it for tests and demos
 * (time is the one boundary tests may fake).
 */
export function today(now: Date = new Date()): string {
  const fixed = process.env.STEGVIS_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return stockholmDay(now);
}
