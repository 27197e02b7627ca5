// Not "server-only": scripts/start.ts reads the same day for the status job, outside Next.
import { stockholmDay } from "@/lib/format/date";

type Env = Record<string, string | undefined>;

/**
 * The fixed day STEGVIS_TODAY names, when it may be used: in development and tests, and in a production
 * build only with STEGVIS_ALLOW_FIXED_TODAY=1 (the e2e runner's built app). A real server never lets a
 * stray setting move every deadline and period check.
 */
export function fixedToday(env: Env = process.env): string | null {
  const fixed = env.STEGVIS_TODAY;
  if (!fixed || !/^\d{4}-\d{2}-\d{2}$/.test(fixed)) return null;
  if (env.NODE_ENV === "production" && env.STEGVIS_ALLOW_FIXED_TODAY !== "1") return null;
  return fixed;
}

/**
 * Today's calendar day in Sweden as "YYYY-MM-DD". STEGVIS_TODAY fixes it for tests and demos
 * (time is the one boundary tests may fake); see `fixedToday` for where.
 */
export function today(now: Date = new Date()): string {
  return fixedToday() ?? stockholmDay(now);
}
