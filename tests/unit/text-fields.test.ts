// Security review 2, finding 13: names and free text must not hide or reverse what a reader sees.
import { describe, expect, it } from "vitest";
import { requiredText } from "@/lib/validation/fields";
import { participantInput } from "@/lib/validation/participant";

const name = requiredText("efternamn", 100);
const REFUSED = "Fältet efternamn innehåller osynliga tecken eller tecken som vänder texten. Skriv in texten igen utan dem.";

function refusal(value: string) {
  const parsed = name.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues.map((issue) => issue.message);
}

describe("a text field", () => {
  it.each([
    ["a right-to-left override", "\u202enossretep\u202c"],
    ["a left-to-right isolate", "Pet\u2066ersson\u2069"],
    ["a right-to-left mark", "Petersson\u200f"],
    ["an Arabic letter mark", "Pet\u061cersson"],
    ["a zero-width space", "Pet\u200bersson"],
    ["a word joiner", "Pet\u2060ersson"],
    ["a byte-order mark inside the text", "Pet\ufeffersson"],
    ["a C1 control (NEL, CSI)", "Petersson\u0085\u009b"],
    ["a zero-width joiner between letters", "Pet\u200dersson"],
  ])("refuses %s with a Swedish message at the field", (_, value) => {
    expect(refusal(value)).toEqual([REFUSED]);
  });

  it("refuses a name made only of zero-width spaces", () => {
    expect(refusal("\u200b\u200b")).toBeDefined();
  });

  it("stores the composed form, so å typed as a + ring is the same name as å", () => {
    expect(name.parse("Ha\u030akansson")).toBe("H\u00e5kansson");
  });

  it("keeps Swedish, accented and non-Latin names, line breaks and emoji built with a joiner", () => {
    for (const value of ["Åsa-Märta Öberg", "Zoë O'Brien", "Nguyễn Thị", "Ιωάννης", "محمد", "Rad ett\nRad två", "Bra jobbat 👩‍🔧", "👨‍👩‍👧"]) {
      expect(name.safeParse(value), value).toMatchObject({ success: true });
    }
  });

  it("reaches every schema built on it: a participant's first name of two zero-width spaces is refused at the field", () => {
    const parsed = participantInput.shape.firstName.safeParse("\u200b\u200b");
    expect(parsed.success).toBe(false);
  });
});
