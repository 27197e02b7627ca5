import { describe, expect, it } from "vitest";
import { fixedToday } from "@/lib/server/clock";

describe("a fixed today (STEGVIS_TODAY)", () => {
  it("holds in development and tests", () => {
    expect(fixedToday({ STEGVIS_TODAY: "2026-03-02", NODE_ENV: "test" })).toBe("2026-03-02");
    expect(fixedToday({ STEGVIS_TODAY: "2026-03-02" })).toBe("2026-03-02");
  });
  it("is refused in production unless the e2e runner allows it", () => {
    expect(fixedToday({ STEGVIS_TODAY: "2026-03-02", NODE_ENV: "production" })).toBeNull();
    expect(fixedToday({ STEGVIS_TODAY: "2026-03-02", NODE_ENV: "production", STEGVIS_ALLOW_FIXED_TODAY: "1" })).toBe("2026-03-02");
  });
  it("is ignored when it is not a day", () => {
    expect(fixedToday({ STEGVIS_TODAY: "i morgon", NODE_ENV: "test" })).toBeNull();
  });
});
