import { describe, expect, it } from "vitest";
import { displayName } from "@/lib/format/participant-name";
import { formatPersonalNumber } from "@/lib/format/personal-number";
import { placementDayStatus } from "@/lib/format/placement-day-status";

const anna = { firstName: "åsa", lastName: "Öberg-Lind", protectedIdentity: false, caseNumber: 1042 };
const hidden = { ...anna, protectedIdentity: true };

describe("a participant's name on screen", () => {
  it("is the full name for everyone when the identity is not protected", () => {
    expect(displayName(anna, { role: "ANORDNARE" })).toBe("åsa Öberg-Lind");
    expect(displayName(anna, { role: "HANDLAGGARE" })).toBe("åsa Öberg-Lind");
  });

  it("is initials and the case number to an anordnare when the identity is protected", () => {
    expect(displayName(hidden, { role: "ANORDNARE" })).toBe("Å. Ö. (Ärende 1042)");
  });

  it("is initials and the case number to every role but the case officer", () => {
    for (const role of ["ANORDNARE", "KOORDINATOR", "ADMIN"] as const) expect(displayName(hidden, { role })).not.toContain("Öberg");
    expect(displayName(hidden, { role: "HANDLAGGARE" })).toBe("åsa Öberg-Lind");
  });
});

describe("the whole personnummer", () => {
  it("is written with a hyphen before the last four digits", () => {
    expect(formatPersonalNumber("198503129812")).toBe("19850312-9812");
  });
});

describe("a placement on the participant's timeline", () => {
  const placement = { status: "ACTIVE" as const, startDate: "2026-02-01", plannedEndDate: "2026-07-31", actualEndDate: null };
  it.each([
    ["2026-01-20", { ...placement, status: "PLANNED" as const }, "Planerad, börjar 2026-02-01", false],
    ["2026-02-01", { ...placement, status: "PLANNED" as const }, "Pågår till 2026-07-31", false],
    ["2026-07-31", placement, "Pågår till 2026-07-31", false],
    ["2026-08-01", placement, "Slutdatum 2026-07-31 har passerat; placeringen behöver avslutas eller förlängas", true],
    ["2026-08-01", { ...placement, status: "ENDED" as const, actualEndDate: "2026-05-15" }, "Avslutad 2026-05-15", false],
    ["2026-08-01", { ...placement, status: "ENDED" as const }, "Avslutad 2026-07-31", false],
    ["2026-03-01", { ...placement, status: "CANCELLED" as const }, "Makulerad", false],
  ])("on %s reads as it stands that day", (today, p, text, needsAction) => {
    expect(placementDayStatus(p, today)).toEqual({ text, needsAction });
  });
});
