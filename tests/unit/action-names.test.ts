// A refused action is logged under the name handleForm is given; that name must be the action's own,
// or the log points a reviewer at the wrong door.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const actionFiles = readdirSync("app", { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "actions.ts")
  .map((file) => path.join("app", file));

describe("every form action names itself to handleForm", () => {
  it("finds the action files", () => {
    expect(actionFiles.length).toBeGreaterThan(10);
  });

  it.each(actionFiles)("%s", (file) => {
    const functions = readFileSync(file, "utf8").split(/(?=export async function )/);
    const mismatches = functions.flatMap((body) => {
      const exported = /^export async function (\w+)/.exec(body)?.[1];
      const named = /handleForm\(\s*"(\w+)"/.exec(body)?.[1];
      return exported && /handleForm\(/.test(body) && named !== exported ? [`${exported} kallas ${named ?? "inget"} i loggen`] : [];
    });
    expect(mismatches).toEqual([]);
  });
});
