import path from "node:path";
import { describe, expect, it } from "vitest";
import { RefusedTargetError, scaleTarget } from "../../scripts/db/scale/target";

const DATA_DIR = path.resolve(import.meta.dirname, "../../.data");

describe("db:scale's target", () => {
  it("refuses to run without DATABASE_URL, in Swedish, saying how to make a database", () => {
    expect(() => scaleTarget({})).toThrow(RefusedTargetError);
    expect(() => scaleTarget({})).toThrow(/DATABASE_URL saknas.*inbyggda databasen \(PGlite\).*createdb/s);
  });

  it("refuses the embedded database's socket under .data/", () => {
    const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(DATA_DIR)}&sslmode=disable`;
    expect(() => scaleTarget({ DATABASE_URL: url })).toThrow(/pekar på den inbyggda databasen/);
  });

  it("accepts a PostgreSQL server", () => {
    const url = "postgresql://postgres@127.0.0.1:5432/stegvis_scale";
    expect(scaleTarget({ DATABASE_URL: url })).toBe(url);
  });
});
