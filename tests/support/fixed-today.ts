// The app's day (lib/server/clock reads STEGVIS_TODAY) fixed for one test file, and given back after it.
import { afterAll, beforeAll } from "vitest";

/** Call at the top of a test file, before hooks that build data on that day. */
export function fixTodayForThisFile(day: string): void {
  const previous = process.env.STEGVIS_TODAY;
  beforeAll(() => {
    process.env.STEGVIS_TODAY = day;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.STEGVIS_TODAY;
    else process.env.STEGVIS_TODAY = previous;
  });
}
