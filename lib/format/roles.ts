import type { Role } from "@/lib/domain/roles";

/** The roles as users read them, in the header, the user list and the demo logins. */
export const ROLE_LABELS = {
  HANDLAGGARE: "Handläggare",
  ANORDNARE: "Anordnare",
  KOORDINATOR: "Koordinator",
  ADMIN: "Administratör",
  DELTAGARE: "Deltagare",
} as const satisfies Record<Role, string>;
