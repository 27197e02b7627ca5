import type { Role } from "@/lib/domain/roles";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: Role; signedInAt: number };
  }
  interface User {
    id: string;
    name: string;
    email: string;
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    /** Seconds since the epoch when the user signed in; the session ends a working day later. */
    signedInAt: number;
  }
}
