import type { Role } from "./generated/prisma/enums";

/** Who is acting: what the session token carries, re-read from the database on every request. */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  unitId: string | null;
  providerId: string | null;
};
