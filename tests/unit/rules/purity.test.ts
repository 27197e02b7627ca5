import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const RULES_DIR = path.join(import.meta.dirname, "../../../lib/rules");

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });

const imports = (file: string): string[] =>
  ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((f) => f.fileName);

describe("lib/rules has no I/O", () => {
  const files = sourceFiles(RULES_DIR);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.relative(RULES_DIR, file), file]))("%s imports only date-fns and its neighbours", (_name, file) => {
    for (const specifier of imports(file)) {
      expect(specifier.startsWith("./") || specifier.startsWith("../") || specifier === "date-fns" || specifier.startsWith("date-fns/"), specifier).toBe(true);
    }
  });

  it("would notice an import of anything else, a require or a dynamic import", () => {
    const found = ts.preProcessFile('import fs from "node:fs"; const p = require("pg"); await import("@/lib/db");', true, true).importedFiles;
    expect(found.map((f) => f.fileName)).toEqual(["node:fs", "pg", "@/lib/db"]);
  });

  it("reads no clock, environment or randomness", () => {
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/\bDate\.now\(|new Date\(\)|process\.|Math\.random|globalThis|fetch\(/);
    }
  });
});
