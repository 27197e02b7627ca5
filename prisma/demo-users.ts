// The demo logins the seed creates. The start script and the README print this
// same list, so it stays plain data: nothing that touches a database.
// The passwords are public on purpose; they exist only in demo databases.

import { ROLE_LABELS } from "../lib/format/roles";

export type DemoRole = keyof typeof ROLE_LABELS;

export interface DemoUser {
  role: DemoRole;
  email: string;
  password: string;
  name: string;
  /** The unit or provider the user belongs to, by its exact name in the seed ("—" for none). */
  organisation: string;
}

/** One login per role, plus a second anordnare at another provider. `.example` is reserved (RFC 2606). */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    role: "HANDLAGGARE",
    email: "handlaggare@stegvis.example",
    password: "Demo-handlaggare-2026",
    name: "Hanna Lindqvist",
    organisation: "Arbetsförmedlingen Visby",
  },
  {
    role: "ANORDNARE",
    email: "anordnare@stegvis.example",
    password: "Demo-anordnare-2026",
    name: "Jonas Berg",
    organisation: "Hamnmagasinet Logistik AB",
  },
  {
    role: "ANORDNARE",
    email: "anordnare2@stegvis.example",
    password: "Demo-anordnare2-2026",
    name: "Amira Haddad",
    organisation: "Returhuset Gotland ekonomisk förening",
  },
  {
    role: "KOORDINATOR",
    email: "koordinator@stegvis.example",
    password: "Demo-koordinator-2026",
    name: "Karin Ekström",
    organisation: "Arbetsförmedlingen Visby",
  },
  {
    role: "ADMIN",
    email: "admin@stegvis.example",
    password: "Demo-admin-2026",
    name: "Anders Sjöberg",
    organisation: "—",
  },
];

/** The demo logins as a plain-text table with a header row, one line per user. */
export function formatDemoLogins(users: readonly DemoUser[] = DEMO_USERS): string {
  const header = ["Roll", "E-post", "Lösenord", "Organisation"];
  const rows = users.map((u) => [ROLE_LABELS[u.role], u.email, u.password, u.organisation]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
