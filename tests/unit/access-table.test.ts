// The access table is complete: every page and route handler under app/ and every exported server action has
// its row, and every row names a page, a route and an action that exist. A new page or action cannot be forgotten by the matrix.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, HELD_SESSION_ACTIONS, PAGES, ROUTES, SESSION_ENDING_ACTIONS } from "../support/access-table";

const ROOT = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const entry = path.posix.join(dir, name);
    return statSync(path.join(ROOT, entry)).isDirectory() ? filesUnder(entry) : [entry];
  });
}

const appFiles = filesUnder("app");
/** "app/handlaggare/page.tsx" → "/handlaggare" (route groups in parentheses do not count). */
const routeOf = (file: string) => `/${path.posix.dirname(file).split("/").slice(1).filter((part) => !/^\(.*\)$/.test(part)).join("/")}`;
const pageRoutes = appFiles.filter((f) => f.endsWith("/page.tsx")).map(routeOf).sort();
const handlerRoutes = appFiles.filter((f) => f.endsWith("/route.ts")).map(routeOf).sort();

/** Every "file#export" of a module that starts with "use server". */
const serverActions = appFiles
  .concat(filesUnder("lib"))
  .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8")))
  .flatMap((f) => [...readFileSync(path.join(ROOT, f), "utf8").matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g)].map((m) => `${f}#${m[1]}`))
  .sort();

describe("the access table", () => {
  it("has a row for every page, and no row for a page that does not exist", () => {
    expect(PAGES.map((row) => row.route).sort()).toEqual(pageRoutes);
  });

  it("has a row for every route handler, and no row for a route that does not exist", () => {
    expect(ROUTES.map((row) => row.route).sort()).toEqual(handlerRoutes);
  });

  it("has a row for every exported server action, and none for an action that does not exist", () => {
    expect([...ACTIONS, ...SESSION_ENDING_ACTIONS, ...HELD_SESSION_ACTIONS].map((row) => row.action).sort()).toEqual(serverActions);
  });

  it("names, for each action that ends the caller's session, a test that exists", () => {
    for (const { provenBy } of [...SESSION_ENDING_ACTIONS, ...HELD_SESSION_ACTIONS]) {
      const [file, title] = provenBy.split(" › ");
      expect(readFileSync(path.join(ROOT, file!), "utf8")).toContain(title);
    }
  });

  it("posts each action from a page that exists", () => {
    expect(ACTIONS.filter((row) => !pageRoutes.includes(row.page)).map((row) => row.action)).toEqual([]);
  });

  it("names a subject for every scoped row, so the matrix tries another unit's or provider's records", () => {
    // A coordinator's coverage is theirs, not a record's: those rows need no subject; nor does the reviewer's own unit's sample page.
    const needsSubject = (scope: string) => scope !== "role" && scope !== "coverage";
    const unscoped = [
      ...PAGES.concat(ROUTES).filter((r) => needsSubject(r.scope) && !r.subject && r.route !== "/handlaggare/granskning").map((r) => r.route),
      ...ACTIONS.filter((r) => needsSubject(r.scope) && !r.subject).map((r) => r.action),
    ];
    expect(unscoped).toEqual([]);
  });
});
