import { describe, expect, it } from "vitest";
import { describeAccess } from "@/lib/format/access-description";
import { retentionYears } from "@/lib/server/data-protection/retention";
import { asRole, loginOf } from "../../scripts/db/app-role";
import { auditCutoff } from "../../scripts/db/audit-retention";
import { ConfigError, readMigrationDatabaseUrl } from "../../scripts/config";

const APP = "postgresql://stegvis_app:hemligt@db:5432/stegvis";
const OWNER = "postgresql://stegvis_owner:annat@db:5432/stegvis";

describe("the owner's connection (MIGRATION_DATABASE_URL)", () => {
  it("is optional, and names the same database as DATABASE_URL with another role", () => {
    expect(readMigrationDatabaseUrl({ DATABASE_URL: APP })).toBeNull();
    expect(readMigrationDatabaseUrl({ DATABASE_URL: APP, MIGRATION_DATABASE_URL: OWNER })).toBe(OWNER);
  });

  it.each([
    [{ MIGRATION_DATABASE_URL: OWNER }, /ange DATABASE_URL/],
    [{ DATABASE_URL: APP, MIGRATION_DATABASE_URL: "mysql://db/stegvis" }, /MIGRATION_DATABASE_URL måste börja med postgresql/],
    [{ DATABASE_URL: APP, MIGRATION_DATABASE_URL: "postgresql://stegvis_owner@db:5432/annan" }, /samma databas/],
    [{ DATABASE_URL: APP, MIGRATION_DATABASE_URL: "postgresql://stegvis_owner@annan-server:5432/stegvis" }, /samma databas/],
    [{ DATABASE_URL: APP, MIGRATION_DATABASE_URL: "postgresql://stegvis_app:x@db:5432/stegvis" }, /samma roll/],
  ])("refuses %j in one Swedish line", (env, message) => {
    expect(() => readMigrationDatabaseUrl(env)).toThrow(ConfigError);
    expect(() => readMigrationDatabaseUrl(env)).toThrow(message);
  });
});

describe("roles in connection strings", () => {
  it("reads the role and password, and signs the same address in as another role", () => {
    expect(loginOf("postgresql://stegvis%5Fapp:h%40mligt@db/stegvis")).toEqual({ name: "stegvis_app", password: "h@mligt" });
    expect(loginOf("postgresql://postgres@db/stegvis")).toEqual({ name: "postgres", password: null });
    expect(asRole("postgresql://postgres@db:5432/stegvis?sslmode=disable", { name: "app", password: "p@ss" })).toBe("postgresql://app:p%40ss@db:5432/stegvis?sslmode=disable");
  });
});

describe("retention settings", () => {
  it("keeps participants 2 years by default, configurable in whole years of at least 1", () => {
    expect(retentionYears({})).toBe(2);
    expect(retentionYears({ STEGVIS_RETENTION_YEARS: "3" })).toBe(3);
    for (const bad of ["0", "1.5", "två"]) expect(() => retentionYears({ STEGVIS_RETENTION_YEARS: bad })).toThrow(/STEGVIS_RETENTION_YEARS/);
  });

  it("never prunes audit events younger than 5 years", () => {
    expect(auditCutoff(new Date("2026-03-10T12:00:00Z"), 5).toISOString()).toBe("2021-03-10T12:00:00.000Z");
    expect(() => auditCutoff(new Date(), 4)).toThrow(/minst 5 år/);
  });
});

describe("the access-log extract's wording", () => {
  it("names the view that showed the data, marks a file, and falls back to the action and the record", () => {
    expect(describeAccess({ action: "READ", entity: "Participant", changes: { view: "caseload" } })).toBe("Såg deltagaren i listan över deltagare");
    expect(describeAccess({ action: "EXPORT", entity: "Participant", changes: { view: "register-extract" } })).toBe("Tog fram ett registerutdrag (fil)");
    expect(describeAccess({ action: "UPDATE", entity: "Placement", changes: { before: 1 } })).toBe("Ändrade en placering");
    expect(describeAccess({ action: "CREATE", entity: "Okänd", changes: null })).toBe("Registrerade Okänd");
  });
});
