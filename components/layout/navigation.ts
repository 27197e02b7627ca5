import type { Role } from "@/lib/domain/roles";

/** `counter`: the link shows how many items wait there (the inbox, the unread notices). */
export type NavItem = { href: string; label: string; counter?: "inbox" | "notices" };

/** What each role finds in the header. Only pages the role may open. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  HANDLAGGARE: [
    { href: "/handlaggare", label: "Mina deltagare" },
    { href: "/handlaggare/inkorg", label: "Inkorg", counter: "inbox" },
    { href: "/handlaggare/deltagare/ny", label: "Registrera deltagare" },
    { href: "/handlaggare/anordnare", label: "Anordnare" },
  ],
  ANORDNARE: [{ href: "/anordnare", label: "Våra placeringar" }],
  KOORDINATOR: [{ href: "/koordinator", label: "Översikt" }],
  ADMIN: [
    { href: "/admin", label: "Användare" },
    { href: "/admin/gallring", label: "Gallring" },
    { href: "/admin/logg", label: "Logg" },
    { href: "/admin/api-nycklar", label: "API-nycklar" },
    { href: "/admin/granskning", label: "Åtkomstgranskning" },
  ],
  DELTAGARE: [
    { href: "/mina-sidor", label: "Min översikt" },
    { href: "/mina-sidor/vem-har-last", label: "Vem har läst om mig" },
  ],
};

/** What staff find beside their name. A participant has no password or notices of their own: only signing out. */
export function accountLinks(role: Role): NavItem[] {
  if (role === "DELTAGARE") return [];
  return [
    { href: "/mina-sessioner", label: "Mina sessioner" },
    { href: "/byt-losenord", label: "Byt lösenord" },
    { href: "/aviseringar", label: "Aviseringar", counter: "notices" },
  ];
}
