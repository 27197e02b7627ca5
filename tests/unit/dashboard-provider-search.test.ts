import { describe, expect, it } from "vitest";
import { parseProviderSearch, readDashboardParams } from "@/lib/validation/dashboard-filter";
import { PROVIDER_NAME_MAX } from "@/lib/validation/provider";

describe("the dashboard's provider search text", () => {
  it("is absent when the address has none, empty when the field was emptied, and trimmed otherwise", () => {
    expect(parseProviderSearch({})).toBeUndefined();
    expect(parseProviderSearch({ anordnarsok: "" })).toBe("");
    expect(parseProviderSearch({ anordnarsok: "   " })).toBe("");
    expect(parseProviderSearch({ anordnarsok: "  Bageri AB " })).toBe("Bageri AB");
  });

  it("takes the first of a repeated parameter and composes decomposed letters (NFC), as names are stored", () => {
    expect(parseProviderSearch({ anordnarsok: ["Första", "Andra"] })).toBe("Första");
    expect(parseProviderSearch({ anordnarsok: "Bo\u0308rje" })).toBe("B\u00f6rje");
  });

  it("is cut at the longest provider name, so a chosen provider's whole name always fits", () => {
    expect(parseProviderSearch({ anordnarsok: "x".repeat(PROVIDER_NAME_MAX + 50) })).toHaveLength(PROVIDER_NAME_MAX);
  });

  it("is no filter parameter: it never reaches the address that exports and bookmarks carry", () => {
    expect(readDashboardParams({ anordnarsok: "Bageri", kon: "kvinna" })).toEqual({ kon: "kvinna" });
  });
});
