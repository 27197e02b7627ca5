import type { Role } from "./generated/prisma/enums";

/** Who is acting: what the session token carries, re-read from the database on every request. */
export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  unitId: string | null;
  providerId: string | null;
  /** A participant's own login (role DELTAGARE): whose case it opens. */
  participantId?: string | null;
  /** The session this request came with (lib/server/user-sessions.ts); absent outside a request. */
  sessionId?: string;
  /** The client's address of this request (lib/server/client-ip.ts); every audit event the user causes carries it. Absent outside a request. */
  ip?: string;
  /** After an administrator's password reset: every page leads to /byt-losenord until a new one is chosen. */
  mustChangePassword?: boolean;
};
