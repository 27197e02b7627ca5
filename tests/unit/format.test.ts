import { describe, expect, it } from "vitest";
import { maskPersonalNumber } from "@/lib/format/personal-number";
import { safeReturnPath } from "@/lib/format/safe-return-path";

describe("returning after sign-in", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnPath("/anordnare?flik=2")).toBe("/anordnare?flik=2");
  });

  it.each([undefined, "", "https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/logga-in", "/api/auth/signout", "/\t/evil.example", "/\n/evil.example", "/\r\n//evil.example", "/.//evil.example", "/a/..//evil.example", "/%2e%2e//evil.example/x"])(
    "sends %s to the start page instead",
    (value) => expect(safeReturnPath(value)).toBe("/"),
  );

  it("resolves dot segments like a browser and keeps the result on the site", () => {
    expect(safeReturnPath("/admin/../anordnare?x=1#y")).toBe("/anordnare?x=1#y");
  });

  it("takes the first of repeated parameters", () => {
    expect(safeReturnPath(["/admin", "https://evil.example"])).toBe("/admin");
  });
});

describe("personnummer on screen", () => {
  it("hides the last four digits", () => {
    expect(maskPersonalNumber("198503129812")).toBe("19850312-****");
  });
});
