import { describe, expect, it } from "vitest";
import { ConfigError, readAppWorkers, readAuthSecret, readAuthUrl, readDatabaseUrl, readPort } from "../../scripts/config";

describe("start-up configuration", () => {
  it("uses the embedded database when DATABASE_URL is unset or blank", () => {
    expect(readDatabaseUrl({})).toBeNull();
    expect(readDatabaseUrl({ DATABASE_URL: "  " })).toBeNull();
  });

  it("accepts a PostgreSQL address", () => {
    expect(readDatabaseUrl({ DATABASE_URL: "postgresql://u:p@db:5432/stegvis" })).toBe("postgresql://u:p@db:5432/stegvis");
  });

  it.each([
    ["not a url", /inte en giltig adress/],
    ["mysql://db/stegvis", /måste börja med postgresql/],
    ["postgresql://db:5432", /saknar värd eller databasnamn/],
  ])("names the problem with DATABASE_URL=%s in one Swedish line", (value, message) => {
    expect(() => readDatabaseUrl({ DATABASE_URL: value })).toThrow(ConfigError);
    expect(() => readDatabaseUrl({ DATABASE_URL: value })).toThrow(message);
  });

  it("reads PORT, defaulting to 3000, and refuses what is not a port", () => {
    expect(readPort({})).toBe(3000);
    expect(readPort({ PORT: "8080" })).toBe(8080);
    for (const bad of ["0", "70000", "abc", "30.5"]) expect(() => readPort({ PORT: bad })).toThrow(/PORT måste vara/);
  });

  it("refuses a short NEXTAUTH_SECRET and a NEXTAUTH_URL that is not an http address", () => {
    expect(readAuthSecret({})).toBeNull();
    expect(() => readAuthSecret({ NEXTAUTH_SECRET: "kort" })).toThrow(/minst 32 tecken/);
    expect(readAuthSecret({ NEXTAUTH_SECRET: "x".repeat(32) })).toBe("x".repeat(32));
    expect(readAuthUrl({ NEXTAUTH_URL: "https://stegvis.example.se" })).toBe("https://stegvis.example.se");
    expect(() => readAuthUrl({ NEXTAUTH_URL: "ftp://x" })).toThrow(/NEXTAUTH_URL/);
    expect(() => readAuthUrl({ NEXTAUTH_URL: "localhost:3000" })).toThrow(/NEXTAUTH_URL/);
  });
});

describe("STEGVIS_WORKERS", () => {
  const server = { embedded: false, dev: false };
  it("is one process unless set, and as many as set on a database server", () => {
    expect(readAppWorkers({}, server)).toBe(1);
    expect(readAppWorkers({ STEGVIS_WORKERS: "3" }, server)).toBe(3);
  });
  it("is one process on the embedded database and in development, and refuses more there", () => {
    expect(readAppWorkers({}, { ...server, embedded: true })).toBe(1);
    expect(readAppWorkers({}, { ...server, dev: true })).toBe(1);
    expect(() => readAppWorkers({ STEGVIS_WORKERS: "2" }, { ...server, embedded: true })).toThrow(/databasserver/);
  });
  it("refuses what is not a whole number of processes", () => {
    for (const bad of ["0", "-1", "1.5", "många", "65"]) expect(() => readAppWorkers({ STEGVIS_WORKERS: bad }, server)).toThrow(/STEGVIS_WORKERS måste vara/);
  });
});
