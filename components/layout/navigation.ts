import type { Role } from "@/lib/server/generated/prisma/enums";

export type NavItem = { href: string; label: string };

/** What each role finds in the header. Only pages the role may open. */
export const NAVIGATION: Record<Role, NavItem[]> = {
  HANDLAGGARE: [{ href: "/handlaggare", label: "Mina deltagare" }],
  ANORDNARE: [{ href: "/anordnare", label: "Våra placeringar" }],
  KOORDINATOR: [{ href: "/koordinator", label: "Översikt" }],
  ADMIN: [{ href: "/admin", label: "Användare" }],
};
