import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { STATEMENT_MESSAGES } from "@/lib/rules";
import { agreesWith, followUpResponseInput, ownViewInput } from "@/lib/validation/participant-statement";

const ID = "6f1c2a4e-8b1d-4c3e-9f2a-1b2c3d4e5f60";

function form(entries: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

const errorsOf = (schema: typeof ownViewInput | typeof followUpResponseInput, entries: Record<string, string>) => {
  const submission = parseWithZod(form(entries), { schema });
  return submission.status === "success" ? {} : (submission.error ?? {});
};

describe("the participant's own view", () => {
  it("parses the text trimmed", () => {
    const submission = parseWithZod(form({ placementId: ID, text: "  Jag trivs, men det är tungt på måndagar.  " }), { schema: ownViewInput });
    expect(submission.status === "success" && submission.value).toEqual({ placementId: ID, text: "Jag trivs, men det är tungt på måndagar." });
  });

  it("asks for a text, at most 2000 characters, without hidden characters", () => {
    expect(errorsOf(ownViewInput, { placementId: ID })).toEqual({ text: ["Fyll i texten."] });
    expect(errorsOf(ownViewInput, { placementId: ID, text: "x".repeat(2001) })).toEqual({ text: ["Skriv högst 2000 tecken i texten."] });
    expect(errorsOf(ownViewInput, { placementId: ID, text: "Bra\u0007" }).text).toHaveLength(1);
    expect(errorsOf(ownViewInput, { placementId: ID, text: "Bra\u200b dag" }).text).toHaveLength(1);
    expect(errorsOf(ownViewInput, { placementId: "inte-ett-id", text: "Bra" })).toEqual({ placementId: ["Arbetsträningen finns inte."] });
  });
});

describe("the participant's answer to a follow-up", () => {
  it("confirms without a text", () => {
    const submission = parseWithZod(form({ followUpId: ID, answer: "stammer" }), { schema: followUpResponseInput });
    expect(submission.status === "success" && submission.value).toEqual({ followUpId: ID, answer: "stammer", text: undefined });
    expect(agreesWith("stammer")).toBe(true);
    expect(agreesWith("stammer-inte")).toBe(false);
  });

  it("questions only with a text, said at the text field in the rule's words", () => {
    expect(errorsOf(followUpResponseInput, { followUpId: ID, answer: "stammer-inte" })).toEqual({ text: [STATEMENT_MESSAGES.questionNeedsText] });
    expect(errorsOf(followUpResponseInput, { followUpId: ID, answer: "stammer-inte", text: "Jag var på ett möte, inte borta" })).toEqual({});
  });

  it("refuses an answer that is not one of the two, in Swedish", () => {
    expect(errorsOf(followUpResponseInput, { followUpId: ID, answer: "kanske" })).toEqual({ answer: ["Välj om uppföljningen stämmer eller inte."] });
    expect(errorsOf(followUpResponseInput, { followUpId: ID })).toEqual({ answer: ["Välj om uppföljningen stämmer eller inte."] });
  });
});
