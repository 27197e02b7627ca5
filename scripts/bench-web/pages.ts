// Every page of the app, found from app/**/page.tsx, with its dynamic segments filled from the demo data
// and the role that may open it. A new page is measured without editing this file when its segments are known.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import type { DemoRole } from "../../prisma/demo-users";

const APP_DIR = path.resolve(import.meta.dirname, "../../app");

export type WebPage = { path: string; role: DemoRole | null };
export type Skipped = { route: string; reason: string };

function routes(dir = APP_DIR, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry === "api" || entry.startsWith("_") || entry.startsWith("@")) continue;
      // Route groups "(name)" add nothing to the address.
      found.push(...routes(full, /^\(.*\)$/.test(entry) ? prefix : `${prefix}/${entry}`));
    } else if (entry === "page.tsx") {
      found.push(prefix || "/");
    }
  }
  return found;
}

const ROLE_BY_SEGMENT: Record<string, DemoRole> = { handlaggare: "HANDLAGGARE", anordnare: "ANORDNARE", koordinator: "KOORDINATOR", admin: "ADMIN" };

/** Ids from the demo data for each dynamic segment, by the folder that holds it. */
async function segmentValues(client: pg.Client): Promise<Record<string, string>> {
  const one = async (sql: string, params: unknown[] = []) => (await client.query<{ id: string }>(sql, params)).rows[0]?.id;
  const unit = `(SELECT "unitId" FROM "User" WHERE email = 'handlaggare@stegvis.example')`;
  const values: Record<string, string | undefined> = {
    "deltagare/[id]": await one(`SELECT id FROM "Participant" WHERE "unitId" = ${unit} AND NOT "protectedIdentity" ORDER BY "createdAt" LIMIT 1`),
    "placeringar/[id]": await one(`SELECT id FROM "Placement" WHERE "unitId" = ${unit} AND status = 'ACTIVE' ORDER BY "startDate" LIMIT 1`),
    // The officer's unit's own provider (only they may edit it), one with a supervisor if there is one.
    "anordnare/[id]": await one(`SELECT p.id FROM "Provider" p
      ORDER BY p."unitId" = ${unit} DESC NULLS LAST, EXISTS (SELECT 1 FROM "Supervisor" s WHERE s."providerId" = p.id) DESC, p.name LIMIT 1`),
    "anvandare/[id]": await one(`SELECT id FROM "User" WHERE role = 'KOORDINATOR' ORDER BY email LIMIT 1`),
  };
  values["handledare/[supervisorId]"] = values["anordnare/[id]"]
    ? await one(`SELECT id FROM "Supervisor" WHERE "providerId" = $1 ORDER BY name LIMIT 1`, [values["anordnare/[id]"]])
    : undefined;
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined));
}

export async function webPages(client: pg.Client): Promise<{ pages: WebPage[]; skipped: Skipped[] }> {
  const values = await segmentValues(client);
  const pages: WebPage[] = [];
  const skipped: Skipped[] = [];
  for (const route of routes()) {
    const parts = route.split("/").filter(Boolean);
    let unknown: string | null = null;
    const filled = parts.map((part, i) => {
      if (!part.startsWith("[")) return part;
      const value = values[`${parts[i - 1]}/${part}`];
      if (!value) unknown = part;
      return value ?? part;
    });
    if (unknown) {
      skipped.push({ route, reason: `inget värde för ${unknown}` });
      continue;
    }
    const role = ROLE_BY_SEGMENT[parts[0] ?? ""] ?? null;
    pages.push({ path: `/${filled.join("/")}`, role });
  }
  return { pages, skipped };
}
