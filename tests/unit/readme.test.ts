import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_USERS, formatDemoLogins } from "../../prisma/demo-users";

const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

describe("README", () => {
  it("starts with the two commands", () => {
    const firstBlock = readme.split("```")[1] ?? "";
    expect(firstBlock).toMatch(/^sh\nnpm install && npm start\b/);
    expect(firstBlock).toMatch(/\nnpm test\b/);
  });

  it("lists exactly the demo logins that npm start prints", () => {
    const rows = readme
      .split("\n")
      .filter((line) => /^\| .+ \| \S+@stegvis\.example \|/.test(line))
      .map((line) => line.split("|").map((cell) => cell.trim()).filter(Boolean));
    expect(rows.map(([role, email, password, organisation]) => ({ role, email, password, organisation: organisation === "–" ? "—" : organisation }))).toEqual(
      DEMO_USERS.map((u) => ({ role: expect.any(String), email: u.email, password: u.password, organisation: u.organisation })),
    );
    for (const [role, email] of rows) expect(formatDemoLogins()).toMatch(new RegExp(`${role}\\s+${email}`));
  });
});
