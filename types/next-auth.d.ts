import type { Role } from "@/lib/domain/roles";
import type { SessionUser } from "@/lib/server/session-user";

declare module "next-auth" {
  interface Session {
    user: SessionUser & { signedInAt: number };
    /** Set when the session could not be checked (database unreachable); never a signed-in session. */
    unavailable?: true;
  }
  interface User {
    id: string;
    name: string;
    email: string;
    role: Role;
    sessionVersion: number;
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    /** Seconds since the epoch when the user signed in; the session ends a working day later. */
    signedInAt: number;
    /** The user's session version at sign-in; the session ends when all the user's sessions are ended. */
    sessionVersion: number;
    /** The session's row (UserSession); the session ends when it is revoked. */
    sid: string;
  }
}
