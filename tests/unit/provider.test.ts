import { describe, expect, it } from "vitest";
import { loadText } from "@/components/providers/provider-load";
import { normaliseOrganisationNumber, splitFieldsOfWork } from "@/lib/validation/provider";

describe("an organisationsnummer", () => {
  it("is stored as NNNNNN-NNNN however it was typed", () => {
    for (const typed of ["202100-5489", "2021005489", " 202100 5489 ", "16202100-5489", "162021005489"]) expect(normaliseOrganisationNumber(typed)).toBe("202100-5489");
  });

  it("is refused with a wrong check digit, too few digits or a third digit below 2", () => {
    for (const typed of ["202100-5488", "202100-548", "551234-5678", "abcdef-ghij", ""]) expect(normaliseOrganisationNumber(typed)).toBeNull();
  });
});

describe("fields of work typed in one box", () => {
  it("split on commas and lines, trimmed, with empty items and repeats (in any case) dropped", () => {
    expect(splitFieldsOfWork(" Lager ,\n\nkök\r\nLAGER,  Butik  och   kassa ")).toEqual(["Lager", "kök", "Butik och kassa"]);
  });
});

describe("load against capacity", () => {
  it("reads as places used of places", () => {
    expect(loadText(2, 3)).toBe("2 av 3 platser används");
    expect(loadText(1, 1)).toBe("1 av 1 plats används");
    expect(loadText(0, 0)).toBe("0 av 0 platser används");
  });
});
