import { describe, expect, it } from "vitest";
import { caseloadHref, DEFAULT_CASELOAD_FILTER, parseCaseloadParams, parseSearch } from "@/lib/validation/caseload-filter";

describe("the caseload's filters in the address", () => {
  it("are the defaults when the address has none: my participants by name, page 1", () => {
    expect(parseCaseloadParams({}).filter).toEqual(DEFAULT_CASELOAD_FILTER);
  });

  it("read every filter", () => {
    const { filter } = parseCaseloadParams({ vem: "enheten", program: "UGA", steg: "pa-vag", placering: "pagar", q: " Lind ", sortera: "senast", sida: "3" });
    expect(filter).toEqual({ who: "enheten", programme: "UGA", stage: "PA_VAG", placement: "pagar", search: { by: "name", words: ["Lind"] }, sort: "senast", page: 3 });
  });

  it("fall back to the default for any value that is not theirs, instead of failing", () => {
    const { filter } = parseCaseloadParams({ vem: "alla", program: "<script>", steg: "PA_VAG", placering: "kanske", sortera: "id; drop", sida: "0" });
    expect(filter).toEqual(DEFAULT_CASELOAD_FILTER);
    expect(parseCaseloadParams({ sida: "2.5" }).filter.page).toBe(1);
    expect(parseCaseloadParams({ sida: "1e9" }).filter.page).toBe(1);
  });

  it("take the first of a repeated parameter", () => {
    expect(parseCaseloadParams({ steg: ["komma-igang", "pa-vag"] }).filter.stage).toBe("KOMMA_IGANG");
  });

  it("make an address of only what differs from the defaults, and keep the filters when the page changes", () => {
    const { params } = parseCaseloadParams({ vem: "mina", steg: "pa-vag", q: "anna berg", sortera: "namn", sida: "1" });
    expect(caseloadHref(params)).toBe("/handlaggare?steg=pa-vag&q=anna+berg");
    expect(caseloadHref(params, { sida: 3 })).toBe("/handlaggare?steg=pa-vag&q=anna+berg&sida=3");
    expect(caseloadHref({})).toBe("/handlaggare");
  });
});

describe("a search text", () => {
  it("of digits, with or without a dash, is the beginning of a personnummer; the short form is tried in both centuries", () => {
    expect(parseSearch("19850312-9812")).toEqual({ by: "number", prefixes: ["198503129812"] });
    expect(parseSearch("1985")).toEqual({ by: "number", prefixes: ["1985"] });
    expect(parseSearch("850312-9812")).toEqual({ by: "number", prefixes: ["8503129812", "198503129812", "208503129812"] });
  });

  it("of anything else is names, word by word", () => {
    expect(parseSearch("  Anna   Lindqvist ")).toEqual({ by: "name", words: ["Anna", "Lindqvist"] });
    expect(parseSearch("a b c d e f g")).toEqual({ by: "name", words: ["a", "b", "c", "d", "e"] });
    expect(parseSearch("-")).toEqual({ by: "name", words: ["-"] });
    expect(parseSearch("   ")).toBeNull();
  });
});
