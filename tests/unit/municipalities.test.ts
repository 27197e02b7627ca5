import { describe, expect, it } from "vitest";
import { isMunicipalityCode, MUNICIPALITIES, MUNICIPALITY_NAMES, municipalityName } from "@/lib/domain/municipalities";

const COUNTY_CODES = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"];

describe("Sweden's municipalities (SCB kommunkoder)", () => {
  it("lists all 290 municipalities", () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(Object.keys(MUNICIPALITY_NAMES)).toHaveLength(290);
  });

  it("has unique codes and unique names", () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(290);
  });

  it("uses four-digit codes that start with a county code", () => {
    for (const { code } of MUNICIPALITIES) {
      expect(code).toMatch(/^\d{4}$/);
      expect(COUNTY_CODES).toContain(code.slice(0, 2));
    }
  });

  it("covers every county", () => {
    expect(new Set(MUNICIPALITIES.map((m) => m.code.slice(0, 2)))).toEqual(new Set(COUNTY_CODES));
  });

  it("is sorted by name in Swedish order", () => {
    const names = MUNICIPALITIES.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "sv")));
  });

  it.each([
    ["0114", "Upplands Väsby"],
    ["0139", "Upplands-Bro"],
    ["0180", "Stockholm"],
    ["0380", "Uppsala"],
    ["0581", "Norrköping"],
    ["0980", "Gotland"],
    ["1280", "Malmö"],
    ["1480", "Göteborg"],
    ["2080", "Falun"],
    ["2584", "Kiruna"],
  ])("maps %s to %s", (code, name) => {
    expect(MUNICIPALITY_NAMES[code]).toBe(name);
    expect(municipalityName(code)).toBe(name);
    expect(isMunicipalityCode(code)).toBe(true);
  });

  it("returns the code itself for an unknown code", () => {
    expect(municipalityName("0100")).toBe("0100");
    expect(municipalityName("9999")).toBe("9999");
    expect(municipalityName("toString")).toBe("toString");
  });

  it("recognises only known codes", () => {
    expect(isMunicipalityCode("0100")).toBe(false);
    expect(isMunicipalityCode("180")).toBe(false);
    expect(isMunicipalityCode(180)).toBe(false);
    expect(isMunicipalityCode("constructor")).toBe(false);
    expect(isMunicipalityCode(undefined)).toBe(false);
  });
});
