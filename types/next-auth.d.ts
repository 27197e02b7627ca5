import type { Role } from "@/lib/domain/roles";
import type { SecondFactorStep } from "@/lib/domain/second-factor";
import type { SessionUser } from "@/lib/server/session-user";

declare module "next-auth" {
  interface Session {
    user: SessionUser & { signedInAt: number };
    /** Set when the session could not be checked (database unreachable); never a signed-in session. */
    unavailable?: true;
    /** A session opened by the password alone, held until the second factor is done (lib/server/second-factor). */
    secondFactor?: { step: SecondFactorStep; userId: string; sessionId: string; name: string; email: string; role: Role };
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
